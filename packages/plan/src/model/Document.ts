/**
 * The plan's chapters and their parts: principles (基本原则), sub-goals (发展目标),
 * tasks (主要任务) with their special columns (专栏), projects (项目) and numbered
 * items, and safeguard measures (保障措施). Every paragraph is held verbatim.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Prose, Text } from "./Text.ts"

const Ordinal = (max: number) => Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: max }))

/**
 * A titled paragraph: a principle, a sub-goal or a measure. The title is the
 * paragraph's lead sentence (printed in bold in the original, without the 。).
 *
 * @category models
 * @since 0.1.0
 */
export const TitledParagraph = Schema.Struct({
  number: Ordinal(9),
  title: Text,
  body: Prose,
})

/**
 * One of the six basic principles (基本原则).
 *
 * @category models
 * @since 0.1.0
 */
export const Principle = TitledParagraph.annotate({ identifier: "Principle" })

/**
 * @category models
 * @since 0.1.0
 */
export type Principle = typeof Principle.Type

/**
 * One of the seven sub-goals under the overall goal (发展目标).
 *
 * @category models
 * @since 0.1.0
 */
export const SubGoal = TitledParagraph.annotate({ identifier: "SubGoal" })

/**
 * @category models
 * @since 0.1.0
 */
export type SubGoal = typeof SubGoal.Type

/**
 * One of the four safeguard measures (保障措施).
 *
 * @category models
 * @since 0.1.0
 */
export const Measure = TitledParagraph.annotate({ identifier: "Measure" })

/**
 * @category models
 * @since 0.1.0
 */
export type Measure = typeof Measure.Type

/**
 * A numbered item of a special column (01, 02 …; numbering restarts in every column).
 * Column 7's single project has one unnumbered paragraph instead.
 *
 * @category models
 * @since 0.1.0
 */
export const Item = Schema.Struct({
  number: Schema.optionalKey(Ordinal(99)),
  text: Prose,
}).annotate({ identifier: "Item" })

/**
 * @category models
 * @since 0.1.0
 */
export type Item = typeof Item.Type

/**
 * A project (项目 N) of a special column and its items.
 *
 * @category models
 * @since 0.1.0
 */
export const Project = Schema.Struct({
  number: Schema.optionalKey(Ordinal(9)),
  title: Text,
  items: Schema.NonEmptyArray(Item),
}).annotate({ identifier: "Project" })

/**
 * @category models
 * @since 0.1.0
 */
export type Project = typeof Project.Type

/**
 * A special column (专栏 N): a box of key projects attached to a task.
 *
 * @category models
 * @since 0.1.0
 */
export const Column = Schema.Struct({
  number: Ordinal(8),
  title: Text,
  projects: Schema.NonEmptyArray(Project),
}).annotate({ identifier: "Column" })

/**
 * @category models
 * @since 0.1.0
 */
export type Column = typeof Column.Type

/**
 * One of the nine main tasks (主要任务 （一）…（九）), its paragraphs and its column.
 *
 * @category models
 * @since 0.1.0
 */
export const Task = Schema.Struct({
  number: Ordinal(9),
  title: Text,
  paragraphs: Schema.NonEmptyArray(Prose),
  column: Schema.optionalKey(Column),
}).annotate({ identifier: "Task" })

/**
 * @category models
 * @since 0.1.0
 */
export type Task = typeof Task.Type

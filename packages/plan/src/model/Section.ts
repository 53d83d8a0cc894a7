/**
 * Where a sentence sits in the plan: a stable, readable path such as
 * `goal-3` or `column-2/item-01`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const sectionPattern =
  /^(title|preamble|guiding-ideology|principles|principle-[1-6]|goals|goal-[1-7]|indicators|indicator-(?:1[0-5]|[1-9])|tasks|task-[1-9]|column-[1-8](?:\/project-[1-7])?(?:\/item-\d\d)?|measures|measure-[1-4]|colophon)$/

/**
 * A section of the plan, as a path:
 *
 * | path | section |
 * | --- | --- |
 * | `title` | the title line |
 * | `preamble` | the opening paragraph |
 * | `guiding-ideology` | 一、指导思想 |
 * | `principle-N` | 二、基本原则, principle N (1–6) |
 * | `goals`, `goal-N` | 三、发展目标: the overall goal, sub-goal N (1–7) |
 * | `indicator-N` | row N of the main-indicator table |
 * | `tasks`, `task-N` | 四、主要任务: the introduction, task N (1–9) |
 * | `column-N/project-P`, `column-N/item-NN` | 专栏 N: project P, numbered item NN |
 * | `measure-N` | 五、保障措施, measure N (1–4) |
 *
 * @example
 * ```ts
 * Schema.decodeUnknownSync(SectionId)("column-2/item-01")
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const SectionId = Schema.String.check(
  Schema.isPattern(sectionPattern, { message: "must be a section path such as goal-3 or column-2/item-01" }),
).annotate({ identifier: "SectionId" })

/**
 * @category models
 * @since 0.1.0
 */
export type SectionId = typeof SectionId.Type

/**
 * A verbatim quotation of the plan and the section it comes from.
 *
 * @category models
 * @since 0.1.0
 */
export const SourceRef = Schema.Struct({
  section: SectionId,
  quote: Schema.String.check(Schema.isMinLength(2)),
}).annotate({ identifier: "SourceRef", description: "A section path and a verbatim quote from it" })

/**
 * @category models
 * @since 0.1.0
 */
export type SourceRef = typeof SourceRef.Type

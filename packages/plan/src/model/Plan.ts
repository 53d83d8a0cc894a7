/**
 * The whole plan: metadata, every chapter, the indicator table, every target,
 * the traceability list and the errata.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Measure, Principle, SubGoal, Task } from "./Document.ts"
import { Erratum } from "./Erratum.ts"
import { Indicator } from "./Indicator.ts"
import { Metadata } from "./Metadata.ts"
import { NotATarget } from "./NumberTrace.ts"
import { Target } from "./Target.ts"
import { Prose, Text } from "./Text.ts"

/**
 * 一、指导思想: the guiding ideology.
 *
 * @category models
 * @since 0.1.0
 */
export const GuidingIdeologyChapter = Schema.Struct({ heading: Text, paragraphs: Schema.NonEmptyArray(Prose) })

/**
 * 二、基本原则: the six basic principles.
 *
 * @category models
 * @since 0.1.0
 */
export const PrinciplesChapter = Schema.Struct({ heading: Text, items: Schema.NonEmptyArray(Principle) })

/**
 * 三、发展目标: the overall goal and the seven sub-goals.
 *
 * @category models
 * @since 0.1.0
 */
export const GoalsChapter = Schema.Struct({ heading: Text, overall: Prose, subGoals: Schema.NonEmptyArray(SubGoal) })

/**
 * The main-indicator table (“十四五”时期全区红十字事业发展主要指标).
 *
 * @category models
 * @since 0.1.0
 */
export const IndicatorTable = Schema.Struct({
  title: Text,
  columns: Schema.Tuple([Text, Text, Text]),
  rows: Schema.NonEmptyArray(Indicator),
})

/**
 * 四、主要任务: the introduction and the nine tasks with their columns.
 *
 * @category models
 * @since 0.1.0
 */
export const TasksChapter = Schema.Struct({ heading: Text, intro: Prose, items: Schema.NonEmptyArray(Task) })

/**
 * 五、保障措施: the four safeguard measures.
 *
 * @category models
 * @since 0.1.0
 */
export const MeasuresChapter = Schema.Struct({ heading: Text, items: Schema.NonEmptyArray(Measure) })

/**
 * The plan as data. Decoding checks every part's schema and that ids are unique,
 * sequence numbers run 1…N, and every target's subject and section exist.
 *
 * @category models
 * @since 0.1.0
 */
export const Plan = Schema.Struct({
  metadata: Metadata,
  preamble: Prose,
  guidingIdeology: GuidingIdeologyChapter,
  principles: PrinciplesChapter,
  goals: GoalsChapter,
  indicatorTable: IndicatorTable,
  tasks: TasksChapter,
  measures: MeasuresChapter,
  targets: Schema.Array(Target),
  notTargets: Schema.Array(NotATarget),
  errata: Schema.Array(Erratum),
})
  .check(
    Schema.makeFilter((plan) => {
      const issues: Array<Schema.FilterIssue> = []
      const ordered = (items: ReadonlyArray<{ readonly number: number }>, path: ReadonlyArray<PropertyKey>) =>
        items.forEach((item, i) => {
          if (item.number !== i + 1) issues.push({ path: [...path, i, "number"], issue: `must be ${i + 1} (numbers run 1…N)` })
        })
      ordered(plan.principles.items, ["principles", "items"])
      ordered(plan.goals.subGoals, ["goals", "subGoals"])
      ordered(plan.tasks.items, ["tasks", "items"])
      ordered(plan.measures.items, ["measures", "items"])
      plan.indicatorTable.rows.forEach((row, i) => {
        if (row.sequence !== i + 1) issues.push({ path: ["indicatorTable", "rows", i, "sequence"], issue: `must be ${i + 1}` })
      })
      const seen = new Set<string>()
      plan.targets.forEach((t, i) => {
        if (seen.has(t.id)) issues.push({ path: ["targets", i, "id"], issue: `duplicate target id "${t.id}"` })
        seen.add(t.id)
      })
      const rowIds = new Set<string>()
      plan.indicatorTable.rows.forEach((row, i) => {
        if (rowIds.has(row.id)) issues.push({ path: ["indicatorTable", "rows", i, "id"], issue: `duplicate indicator id "${row.id}"` })
        rowIds.add(row.id)
      })
      return issues
    }),
  )
  .annotate({ identifier: "Plan", title: "Ningxia Red Cross 14th Five-Year Development Plan (2021–2025)" })

/**
 * @category models
 * @since 0.1.0
 */
export type Plan = typeof Plan.Type

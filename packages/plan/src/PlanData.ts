/**
 * The 14th plan, decoded and ready to use, with accessors.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import type { IndicatorId } from "./data/indicators.ts"
import { planData } from "./data/plan.ts"
import type { TargetStatementId } from "./data/targets.ts"
import type { Column, Item } from "./model/Document.ts"
import type { Indicator } from "./model/Indicator.ts"
import { Plan } from "./model/Plan.ts"
import type { SectionId } from "./model/Section.ts"
import type { Target } from "./model/Target.ts"

export type { IndicatorId } from "./data/indicators.ts"
export type { TargetStatementId } from "./data/targets.ts"
export { planData }

/**
 * The Ningxia Red Cross 14th Five-Year Development Plan (2021–2025), decoded through
 * the {@link Plan} schema.
 *
 * @example
 * ```ts
 * plan.metadata.period // => { from: 2021, to: 2025 }
 * plan.indicatorTable.rows.length // => 15
 * ```
 *
 * @category data
 * @since 0.1.0
 */
export const plan: Plan = Schema.decodeUnknownSync(Plan)(planData)

/**
 * The 15 main indicators, in table order.
 *
 * @category data
 * @since 0.1.0
 */
export const indicators: ReadonlyArray<Indicator> = plan.indicatorTable.rows

/**
 * Every target statement of the plan.
 *
 * @category data
 * @since 0.1.0
 */
export const targets: ReadonlyArray<Target> = plan.targets

/**
 * The special columns 专栏 1–8, in order.
 *
 * @category data
 * @since 0.1.0
 */
export const columns: ReadonlyArray<Column> = plan.tasks.items.flatMap((task) => (task.column === undefined ? [] : [task.column]))

/**
 * A main indicator by id or by its sequence number (1–15) in the table.
 *
 * @example
 * ```ts
 * getIndicator("certificate-holders").sequence // => 4
 * getIndicator(4).increase.value // => 80000
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export function getIndicator(idOrSequence: IndicatorId | number): Indicator {
  const found = indicators.find((row) => row.id === idOrSequence || row.sequence === idOrSequence)
  if (found === undefined) throw new RangeError(`No main indicator ${String(idOrSequence)}: use an id or a number from 1 to 15`)
  return found
}

/**
 * A main indicator by id or sequence number, or `undefined` (for input from outside).
 *
 * @category accessors
 * @since 0.1.0
 */
export const findIndicator = (idOrSequence: string | number): Indicator | undefined =>
  indicators.find((row) => row.id === idOrSequence || row.sequence === idOrSequence)

/**
 * A target statement by id.
 *
 * @example
 * ```ts
 * getTarget("certificate-share-goal").quantity?.value // => 0.02
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export function getTarget(id: TargetStatementId): Target {
  const found = targets.find((t) => t.id === id)
  if (found === undefined) throw new RangeError(`No target ${id}`)
  return found
}

/**
 * The target statements in a section, or in a section and its subsections
 * (`column-2` includes `column-2/item-01`).
 *
 * @example
 * ```ts
 * targetsBySection("goal-2").map((t) => t.id).includes("certificate-share-goal") // => true
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const targetsBySection = (section: SectionId): ReadonlyArray<Target> =>
  targets.filter((t) => t.source.section === section || t.source.section.startsWith(`${section}/`))

/**
 * Every target statement of the same subject: all the places the plan states one target.
 *
 * @example
 * ```ts
 * statementsOf(getIndicator("members")).length // => 2
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const statementsOf = (of: Indicator | Target): ReadonlyArray<Target> => targets.filter((t) => t.subject === of.subject)

/**
 * The main indicator a target statement belongs to, if any.
 *
 * @category accessors
 * @since 0.1.0
 */
export const indicatorOf = (target: Target): Indicator | undefined => indicators.find((row) => row.subject === target.subject)

/**
 * The items of a column (专栏 N), across its projects, in order.
 *
 * @example
 * ```ts
 * itemsByColumn(1).length // => 8
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const itemsByColumn = (columnNumber: number): ReadonlyArray<Item> =>
  columns.find((c) => c.number === columnNumber)?.projects.flatMap((p) => p.items) ?? []

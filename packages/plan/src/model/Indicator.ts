/**
 * The main indicators (主要指标): the 15 rows of the table
 * “十四五”时期全区红十字事业发展主要指标.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Quantity } from "./Quantity.ts"
import { Comparison, Subject, TargetKind } from "./Target.ts"
import { Text } from "./Text.ts"

/**
 * One row of the main-indicator table: sequence number (序号), name (主要项目和指标)
 * with its unit, and the increase over the period (“十四五”增加值), as printed and
 * as a plain number. Other passages stating the same target share its `subject`.
 *
 * @example
 * ```ts
 * const row = getIndicator(4)
 * row.name.zh // => "取得应急救护培训证书人数"
 * row.increase.printed // => "8"
 * row.increase.value // => 80000
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const Indicator = Schema.Struct({
  id: Schema.String.check(Schema.isPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "an indicator id must be kebab-case" })),
  sequence: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 15 })),
  subject: Subject,
  name: Text,
  increase: Quantity,
  kind: TargetKind,
  comparison: Comparison,
}).annotate({ identifier: "Indicator" })

/**
 * @category models
 * @since 0.1.0
 */
export type Indicator = typeof Indicator.Type

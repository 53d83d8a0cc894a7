/**
 * Units and quantities as the plan prints them (8 万人) and as plain numbers (80,000 people).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import type { Text } from "./Text.ts"

/**
 * What is counted, without the 万 scale: 人 (people), 人次 (person-times), 元 (CNY)…
 *
 * @category models
 * @since 0.1.0
 */
export const UnitBase = Schema.Literals([
  "person",
  "personTime",
  "yuan",
  "unit",
  "device",
  "team",
  "event",
  "facility",
  "case",
  "donorRecord",
  "occurrence",
  "yearOfAge",
  "share",
  "ratio",
]).annotate({ identifier: "UnitBase" })

/**
 * @category models
 * @since 0.1.0
 */
export type UnitBase = typeof UnitBase.Type

/**
 * The Chinese measure word and English name of each unit base.
 *
 * @example
 * ```ts
 * unitBaseNames.personTime.zh // => "人次"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const unitBaseNames: { readonly [K in UnitBase]: Text & { readonly enSingular: string } } = {
  person: { zh: "人", en: "people", enSingular: "person" },
  personTime: { zh: "人次", en: "person-times", enSingular: "person-time" },
  yuan: { zh: "元", en: "CNY", enSingular: "CNY" },
  unit: { zh: "个", en: "units", enSingular: "unit" },
  device: { zh: "台", en: "devices", enSingular: "device" },
  team: { zh: "支", en: "teams", enSingular: "team" },
  event: { zh: "场次", en: "events", enSingular: "event" },
  facility: { zh: "所", en: "facilities", enSingular: "facility" },
  case: { zh: "例", en: "cases", enSingular: "case" },
  donorRecord: { zh: "人份", en: "donor records", enSingular: "donor record" },
  occurrence: { zh: "次", en: "times", enSingular: "time" },
  yearOfAge: { zh: "岁", en: "years of age", enSingular: "year of age" },
  share: { zh: "%", en: "%", enSingular: "%" },
  ratio: { zh: "比例", en: "ratio", enSingular: "ratio" },
}

/**
 * The scale a figure is printed in: 1, or 万 (10,000).
 *
 * @category models
 * @since 0.1.0
 */
export const Scale = Schema.Literals([1, 10_000]).annotate({ identifier: "Scale" })

/**
 * @category models
 * @since 0.1.0
 */
export type Scale = typeof Scale.Type

/**
 * A unit as printed: a base and a scale. `{ base: "person", scale: 10000 }` is 万人.
 *
 * @category models
 * @since 0.1.0
 */
export const Unit = Schema.Struct({ base: UnitBase, scale: Scale }).annotate({ identifier: "Unit" })

/**
 * @category models
 * @since 0.1.0
 */
export type Unit = typeof Unit.Type

/**
 * The unit as the plan prints it in Chinese: `万人次`, `台`, `%`.
 *
 * @example
 * ```ts
 * unitZh({ base: "personTime", scale: 10000 }) // => "万人次"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const unitZh = (unit: Unit): string => (unit.scale === 10_000 ? "万" : "") + unitBaseNames[unit.base].zh

/**
 * The unit in English: `10,000 person-times`, `devices`.
 *
 * @example
 * ```ts
 * unitEn({ base: "personTime", scale: 10000 }) // => "10,000 person-times"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const unitEn = (unit: Unit): string => (unit.scale === 10_000 ? "10,000 " : "") + unitBaseNames[unit.base].en

const decimal = /^(\d+)(?:\.(\d+))?$/
const chineseDigits: Readonly<Record<string, number>> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
const percent = /^(\d+(?:\.\d+)?)\s*%$/
const oneToN = /^1\s*[:：]\s*(\d+)$/

/**
 * The exact value of a figure printed in the plan, multiplied by a scale, without
 * binary floating-point drift (`0.36` 万 is exactly 3,600). Shares (`2%`) become
 * fractions (0.02), ratios (`1:50`, `1：50`) become 1 / N, and a single Chinese
 * numeral (一支, 一次) its value. Returns `undefined`
 * for anything that is not such a figure.
 *
 * @example
 * ```ts
 * figureValue("0.36", 10000) // => 3600
 * figureValue("2%") // => 0.02
 * figureValue("1：50") // => 0.02
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const figureValue = (printed: string, scale: Scale = 1): number | undefined => {
  const pct = percent.exec(printed)
  if (pct?.[1] !== undefined) {
    const v = figureValue(pct[1], scale)
    return v === undefined ? undefined : v / 100
  }
  const ratio = oneToN.exec(printed)
  if (ratio?.[1] !== undefined) {
    const n = Number(ratio[1])
    return n === 0 ? undefined : 1 / n
  }
  const chinese = chineseDigits[printed]
  if (chinese !== undefined) return chinese * scale
  const m = decimal.exec(printed)
  if (m?.[1] === undefined) return undefined
  const fraction = m[2] ?? ""
  const mantissa = Number(m[1] + fraction)
  const divisor = 10 ** fraction.length
  return (mantissa * scale) / divisor
}

/**
 * A quantity stated in the plan: the figure exactly as printed, its unit, and its
 * plain value in base units (8 万人 → 80,000). Decoding checks that the plain value
 * is the printed figure times the scale.
 *
 * @example
 * ```ts
 * const q: Quantity = { printed: "0.8", unit: { base: "donorRecord", scale: 10000 }, value: 8000 }
 * ```
 *
 * @category models
 * @since 0.1.0
 */
export const Quantity = Schema.Struct({
  printed: Schema.String,
  unit: Unit,
  value: Schema.Finite,
})
  .check(
    Schema.makeFilter((q) =>
      figureValue(q.printed, q.unit.scale) === q.value
        ? undefined
        : {
            path: ["value"],
            issue: `must equal the printed figure "${q.printed}" in ${unitEn(q.unit)} (${String(figureValue(q.printed, q.unit.scale))})`,
          },
    ),
  )
  .annotate({ identifier: "Quantity" })

/**
 * @category models
 * @since 0.1.0
 */
export type Quantity = typeof Quantity.Type

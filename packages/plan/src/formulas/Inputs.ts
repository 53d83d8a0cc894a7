/**
 * Building blocks shared by the formulas: bilingual rule messages, number schemas that
 * reject NaN and Infinity with a named rule, exact integer rounding, and the plain
 * `{ ok, value | issues }` entry point for callers that do not use Effect.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { Locale } from "../model/Text.ts"
import { type Decoded, makeDecoder } from "../Validation.ts"

const separator = " | "

/**
 * A rule message in both languages, English first, joined by `" | "`; split it again
 * with {@link messageIn}.
 *
 * @example
 * ```ts
 * bilingual("must be at least 0", "不能小于 0") // => "must be at least 0 | 不能小于 0"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const bilingual = (en: string, zh: string): string => `${en}${separator}${zh}`

const builtIn: Readonly<Record<string, string>> = {
  "Missing key": "缺少此项",
  "Expected number": "必须是数字",
  "Expected string": "必须是文本",
  "Expected an integer": "必须是整数",
  "Expected a finite number": "必须是有限的数字",
  "Expected array": "必须是列表",
  "Expected object": "必须是对象",
}

/**
 * One language of a validation or formula message: the half of a {@link bilingual}
 * message, or a translation of Effect's built-in messages (`Missing key` → 缺少此项).
 *
 * @example
 * ```ts
 * messageIn("must be at least 0 | 不能小于 0", "zh") // => "不能小于 0"
 * messageIn("Missing key", "zh") // => "缺少此项"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const messageIn = (message: string, locale: Locale): string => {
  const at = message.indexOf(separator)
  if (at >= 0) return locale === "en" ? message.slice(0, at) : message.slice(at + separator.length)
  return locale === "zh" ? (builtIn[message] ?? message) : message
}

const number = (en: string, zh: string) =>
  Schema.Number.annotate({ message: bilingual(`must be a number (${en})`, `必须是数字（${zh}）`) }).check(
    Schema.isFinite({ message: bilingual(`must be a finite number (${en})`, `必须是有限的数字（${zh}）`) }),
  )

/**
 * A whole count, 0 or more (people, pupils, teams, yuan).
 *
 * @category models
 * @since 0.1.0
 */
export const Count = number("a count", "计数")
  .check(
    Schema.isInt({ message: bilingual("must be a whole number", "必须是整数") }),
    Schema.isGreaterThanOrEqualTo(0, { message: bilingual("must not be negative", "不能为负数") }),
  )
  .annotate({ identifier: "Count" })

/**
 * A non-negative finite amount that may have decimals (a weight, an amount in yuan).
 *
 * @category models
 * @since 0.1.0
 */
export const Amount = number("an amount", "数额")
  .check(Schema.isGreaterThanOrEqualTo(0, { message: bilingual("must not be negative", "不能为负数") }))
  .annotate({ identifier: "Amount" })

/**
 * A whole number of 1 or more.
 *
 * @category models
 * @since 0.1.0
 */
export const PositiveInt = number("a whole number", "整数")
  .check(
    Schema.isInt({ message: bilingual("must be a whole number", "必须是整数") }),
    Schema.isGreaterThanOrEqualTo(1, { message: bilingual("must be at least 1", "不能小于 1") }),
  )
  .annotate({ identifier: "PositiveInt" })

/**
 * A share above 0 and at most 1 (0.02 is 2 %).
 *
 * @category models
 * @since 0.1.0
 */
export const Fraction = number("a share", "比例")
  .check(
    Schema.isGreaterThan(0, { message: bilingual("must be more than 0", "必须大于 0") }),
    Schema.isLessThanOrEqualTo(1, { message: bilingual("must be at most 1 (100 %)", "不能大于 1（100%）") }),
  )
  .annotate({ identifier: "Fraction" })

/**
 * A calendar year, 2000–2100.
 *
 * @category models
 * @since 0.1.0
 */
export const Year = number("a year", "年份")
  .check(
    Schema.isInt({ message: bilingual("must be a whole year", "必须是整年") }),
    Schema.isBetween(
      { minimum: 2000, maximum: 2100 },
      { message: bilingual("must be a year from 2000 to 2100", "必须是 2000–2100 年之间的年份") },
    ),
  )
  .annotate({ identifier: "Year" })

/**
 * A plan period in whole years, `from` ≤ `to` (2021–2025; 2026–2030 for the next plan).
 *
 * @category models
 * @since 0.1.0
 */
export const YearRange = Schema.Struct({ from: Year, to: Year })
  .check(
    Schema.makeFilter((p) =>
      p.from <= p.to
        ? undefined
        : { path: ["to"], issue: bilingual("the period must not end before it starts", "规划期的结束年份不能早于开始年份") },
    ),
  )
  .annotate({ identifier: "YearRange" })

/**
 * A formula's typed error: a tag naming the case and a bilingual message.
 *
 * @category models
 * @since 0.1.0
 */
export interface FormulaError<Tag extends string = string> {
  readonly _tag: Tag
  readonly message: string
}

/**
 * Makes a formula error.
 *
 * @example
 * ```ts
 * formulaError("ZeroPopulation", "population is 0", "人口为 0")
 * // => { _tag: "ZeroPopulation", message: "population is 0 | 人口为 0" }
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const formulaError = <Tag extends string>(tag: Tag, en: string, zh: string): FormulaError<Tag> => ({
  _tag: tag,
  message: bilingual(en, zh),
})

/**
 * Builds a plain entry point: decode unknown input with the formula's schema, run the typed
 * formula, and return `{ ok: true, value }` or `{ ok: false, issues }` (a formula error becomes
 * one issue at the path it names, or at the root). Never throws on user input.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * import * as Result from "effect/Result"
 * const half = plainEntry(Schema.Struct({ n: Count }), (i) => Result.succeed(i.n / 2))
 * half({ n: 4 }) // => { ok: true, value: 2 }
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const plainEntry = <
  S extends Schema.ConstraintDecoder<unknown>,
  A,
  E extends FormulaError & { readonly path?: ReadonlyArray<PropertyKey> },
>(
  schema: S,
  formula: (input: S["Type"]) => Result.Result<A, E>,
): ((input: unknown) => Decoded<A>) => {
  const decode = makeDecoder(schema)
  return (input) => {
    const decoded = decode(input)
    if (!decoded.ok) return decoded
    const result = formula(decoded.value)
    if (Result.isSuccess(result)) return { ok: true, value: result.success }
    const path = result.failure.path ?? []
    return { ok: false, issues: [{ path, at: path.map(String).join("."), message: result.failure.message }] }
  }
}

const decimalFraction = (x: number): { readonly numerator: bigint; readonly scale: bigint } => {
  for (let k = 0; k <= 15; k++) {
    const n = Math.round(x * 10 ** k)
    if (n / 10 ** k === x) return { numerator: BigInt(n), scale: 10n ** BigInt(k) }
  }
  return { numerator: BigInt(Math.round(x * 1e15)), scale: 10n ** 15n }
}

/**
 * ⌈share × whole⌉ computed exactly on the share's decimal digits, so that
 * ⌈0.07 × 100⌉ is 7 (binary floating point alone gives 8).
 *
 * @example
 * ```ts
 * ceilShareOf(0.02, 7202654) // => 144054
 * ceilShareOf(0.07, 100) // => 7
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const ceilShareOf = (share: number, whole: number): number => {
  const { numerator, scale } = decimalFraction(share)
  const product = numerator * BigInt(whole)
  return Number((product + scale - 1n) / scale)
}

/**
 * ⌈a ÷ b⌉ for whole numbers, b ≥ 1.
 *
 * @example
 * ```ts
 * ceilDiv(38000, 50) // => 760
 * ceilDiv(38001, 50) // => 761
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const ceilDiv = (a: number, b: number): number => Math.floor((a + b - 1) / b)

/**
 * One number formatter for both locales: 万 and 亿 in Chinese (8 万人, 750 万元),
 * thousands separators and millions in English (80,000 people, CNY 7.5 million).
 * The site, the examples and the CLI format every figure through these functions.
 *
 * @since 0.1.0
 */
import type { Unit, UnitBase } from "./model/Quantity.ts"
import { unitBaseNames } from "./model/Quantity.ts"
import type { Locale } from "./model/Text.ts"

/** What a non-finite input prints as: a dash, never "NaN" or "Infinity". */
const noValue = "—"

/** Digits of a non-negative integer given as a bigint, grouped by thousands. */
const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")

/**
 * A non-negative finite number as a decimal string with at most two fraction digits,
 * rounded, without trailing zeros and without exponent notation.
 */
const plainDecimal = (abs: number): { readonly int: string; readonly frac: string } => {
  if (abs >= 1e15) return { int: BigInt(Math.round(abs)).toString(), frac: "" }
  const [int = "0", frac = ""] = abs.toFixed(2).split(".")
  return { int, frac: frac.replace(/0+$/, "") }
}

/**
 * `abs / divisor` printed exactly with at most two fraction digits, when that is
 * exact; `undefined` otherwise. `divisor` is 10^4, 10^6 or 10^8.
 */
const exactScaled = (abs: number, divisor: number): string | undefined => {
  // Beyond 10^15 a double no longer holds every integer: print plain grouped digits.
  if (!Number.isInteger(abs) || abs >= 1e15) return undefined
  const hundredths = abs / (divisor / 100)
  if (!Number.isInteger(hundredths)) return undefined
  const h = BigInt(hundredths)
  const int = (h / 100n).toString()
  const frac = (h % 100n).toString().padStart(2, "0").replace(/0+$/, "")
  return frac === "" ? int : `${int}.${frac}`
}

const join = (int: string, frac: string): string => (frac === "" ? int : `${int}.${frac}`)

/**
 * A number as a reader of the locale expects it. Chinese: values of 10,000 and more
 * that are exact in 万 (or 亿) to at most two decimals print as `8 万`, `3.7 万`,
 * `1.5 亿`; other values print with thousands separators from 10,000 up (`12,345`) and
 * as plain digits below (`3600`, as the plan prints them). English: thousands
 * separators (`80,000`), and `7.5 million` for values of a million and more that are
 * exact in millions to at most two decimals. At most two fraction digits, rounded.
 * Non-finite input prints as `—`.
 *
 * @example
 * ```ts
 * formatNumber(80000, "zh") // => "8 万"
 * formatNumber(80000, "en") // => "80,000"
 * formatNumber(7500000, "en") // => "7.5 million"
 * formatNumber(3600, "zh") // => "3600"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatNumber = (value: number, locale: Locale): string => {
  if (!Number.isFinite(value)) return noValue
  const { int, frac } = plainDecimal(Math.abs(value))
  const negative = value < 0 && !(int === "0" && frac === "")
  const sign = negative ? "-" : ""
  const abs = Math.abs(value)
  if (locale === "zh") {
    if (abs >= 1e8) {
      const yi = exactScaled(abs, 1e8)
      if (yi !== undefined) return `${sign}${yi} 亿`
    }
    if (abs >= 1e4) {
      const wan = exactScaled(abs, 1e4)
      if (wan !== undefined) return `${sign}${wan} 万`
      return sign + join(group(int), frac)
    }
    return sign + join(int, frac)
  }
  if (abs >= 1e6) {
    const million = exactScaled(abs, 1e6)
    if (million !== undefined) return `${sign}${million} million`
  }
  return sign + join(group(int), frac)
}

const scaleWords: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(.*?)\s*亿$/u, 1e8],
  [/^(.*?)\s*万$/u, 1e4],
  [/^(.*?)\s*million$/iu, 1e6],
]
const numeral = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/

/**
 * Reads a number written the way {@link formatNumber} writes it, in either locale:
 * `8 万`, `8万`, `80,000`, `7.5 million`, `1.5 亿`, `-3600`. The value is computed from
 * the digits without floating-point drift (`3.7 万` is exactly 37000). Returns
 * `undefined` for anything else, including `—`.
 *
 * @example
 * ```ts
 * parseNumber("3.7 万") // => 37000
 * parseNumber("CNY 7.5 million".slice(4)) // => 7500000
 * parseNumber("8 万人") // => undefined
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const parseNumber = (text: string): number | undefined => {
  let body = text.trim()
  let multiplier = 1
  for (const [pattern, scale] of scaleWords) {
    const m = pattern.exec(body)
    if (m?.[1] !== undefined) {
      body = m[1]
      multiplier = scale
      break
    }
  }
  const m = numeral.exec(body)
  if (m?.[2] === undefined) return undefined
  const fraction = m[3] ?? ""
  const mantissa = Number(m[2].replaceAll(",", "") + fraction)
  const value = (mantissa * multiplier) / 10 ** fraction.length
  if (!Number.isFinite(value)) return undefined
  return m[1] === "-" && value !== 0 ? -value : value
}

const baseOf = (unit: UnitBase | Unit): UnitBase => (typeof unit === "string" ? unit : unit.base)

/**
 * A ratio `1/N` as the plan prints it: `1:50`. The same in both locales.
 */
const formatRatio = (value: number): string => {
  if (value === 0) return "0:1"
  const n = 1 / Math.abs(value)
  if (!Number.isFinite(n)) return noValue
  const { int, frac } = plainDecimal(n)
  return `${value < 0 ? "-" : ""}1:${join(int, frac)}`
}

/**
 * A quantity in base units (80,000 people, 7,500,000 yuan, a share 0.02, a ratio
 * 1/50) with its unit, as a reader of the locale expects it: `8 万人` /
 * `80,000 people`; `750 万元` / `CNY 7.5 million`; `2%`; `1:50`. A `Unit`'s scale is
 * ignored: the value is always in base units, as in `Quantity.value`.
 * Non-finite input prints as `—`.
 *
 * @example
 * ```ts
 * formatQuantity(80000, "person", "zh") // => "8 万人"
 * formatQuantity(80000, "person", "en") // => "80,000 people"
 * formatQuantity(7500000, "yuan", "en") // => "CNY 7.5 million"
 * formatQuantity(37000, { base: "donorRecord", scale: 10000 }, "en") // => "37,000 donor records"
 * formatQuantity(0.02, "share", "en") // => "2%"
 * formatQuantity(1 / 50, "ratio", "zh") // => "1:50"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatQuantity = (value: number, unit: UnitBase | Unit, locale: Locale): string => {
  if (!Number.isFinite(value)) return noValue
  const base = baseOf(unit)
  if (base === "share") {
    const pct = value * 100
    // Shares read the same in both locales (2%); a share above 10,000 % is not worth 万.
    return Number.isFinite(pct) ? `${formatNumber(pct, "en")}%` : noValue
  }
  if (base === "ratio") return formatRatio(value)
  const names = unitBaseNames[base]
  const figure = formatNumber(value, locale)
  if (locale === "zh") return /[万亿]$/u.test(figure) ? `${figure}${names.zh}` : `${figure} ${names.zh}`
  if (base === "yuan") return `CNY ${figure}`
  return `${figure} ${value === 1 ? names.enSingular : names.en}`
}

/**
 * Target path (目标路径): the level due at each year end between a baseline and a target,
 * under linear pacing (时间过半、任务过半) and under compound growth.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { NotApplicableReason } from "../evaluation/Methods.ts"
import { planDefaults } from "./Defaults.ts"
import { Amount, type FormulaError, formulaError, plainEntry, Year, YearRange } from "./Inputs.ts"

/**
 * Input of {@link targetPath}: the level at the end of `baselineYear` (default: the year
 * before the period), the level wanted at the end of the period, and the period (default
 * 2021–2025). For an increment counted from nothing, the baseline is 0 and the target the
 * increase: the path is then the cumulative additions.
 *
 * @category models
 * @since 0.1.0
 */
export const TargetPathInput = Schema.Struct({
  baseline: Amount,
  target: Amount,
  period: Schema.optionalKey(YearRange),
  baselineYear: Schema.optionalKey(Year),
}).annotate({ identifier: "TargetPathInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type TargetPathInput = typeof TargetPathInput.Type

/**
 * One year end on a path: the level due, what that year adds, and the change since the baseline.
 *
 * @category models
 * @since 0.1.0
 */
export interface PathYear {
  readonly year: number
  readonly value: number
  readonly added: number
  readonly cumulative: number
}

/**
 * Result of {@link targetPath}. `compound` is `undefined` when compound growth has no meaning
 * (a zero baseline, a zero target); `compoundNotApplicable` says why.
 *
 * @category models
 * @since 0.1.0
 */
export interface TargetPath {
  readonly start: { readonly year: number; readonly value: number }
  readonly target: number
  readonly years: number
  /** Whole numbers on the path: both baseline and target are whole. */
  readonly whole: boolean
  readonly linear: ReadonlyArray<PathYear>
  /** The constant yearly growth rate that takes the baseline to the target. */
  readonly growthRate: number | undefined
  readonly compound: ReadonlyArray<PathYear> | undefined
  readonly compoundNotApplicable: NotApplicableReason | undefined
}

/**
 * Why a path cannot be drawn: the baseline year leaves no year before the period ends, or
 * starts before the year preceding the period.
 *
 * @category models
 * @since 0.1.0
 */
export type TargetPathError = FormulaError<"BaselineYearOutsidePeriod"> & { readonly path: ReadonlyArray<PropertyKey> }

const isWhole = (x: number) => Number.isInteger(x)

// ⌈a ÷ b⌉ for whole a ≥ 0 and b ≥ 1, exact at any size.
const ceilDivBig = (a: bigint, b: bigint): bigint => (a + b - 1n) / b

const linearWhole = (from: number, to: number, k: number, n: number): number => {
  const delta = BigInt(Math.abs(to - from))
  const step = Number(ceilDivBig(delta * BigInt(k), BigInt(n)))
  return to >= from ? from + step : from - step
}

const toYears = (startYear: number, startValue: number, values: ReadonlyArray<number>): ReadonlyArray<PathYear> =>
  values.map((value, i) => ({
    year: startYear + i + 1,
    value,
    added: value - (i === 0 ? startValue : (values[i - 1] ?? startValue)),
    cumulative: value - startValue,
  }))

/**
 * The level due at each year end from the baseline to the target.
 *
 * Rounding rules. When baseline b and target T are whole numbers (people, records, yuan),
 * every value is whole: with n years from the baseline to the period's end, the linear value
 * after k years is b + ⌈(T − b) × k ÷ n⌉ (b − ⌈(b − T) × k ÷ n⌉ for a decrease), computed in
 * exact integer arithmetic. Rounding toward the target means that being on the path never
 * leaves a fraction of the task behind; the yearly additions differ by at most 1, the larger
 * ones first. The compound value b × (T ÷ b)^(k ÷ n) is rounded toward the target the same way,
 * then held between the previous year's value and the target. Otherwise (a share such as
 * 0.02, an amount with cents) values are not rounded. In every case the path starts from the
 * baseline, moves monotonically toward the target, and the last year is the target exactly.
 *
 * The plan: 「新增造血干细胞库容 8000人份」「总库容达到 3.7 万人份」, and
 * 「到 2025 年，取得应急救护培训证书人员较 2020 年末增加 8 万人」.
 *
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * // the stem-cell registry, 29,000 at end-2020 → 37,000 at end-2025
 * const r = targetPath({ baseline: 29000, target: 37000 })
 * Result.isSuccess(r) && r.success.linear.map((y) => y.value) // => [30600, 32200, 33800, 35400, 37000]
 * Result.isSuccess(r) && r.success.compound?.map((y) => y.value) // => [30448, 31969, 33565, 35241, 37000]
 * // +80,000 certificate holders from nothing: the cumulative additions
 * const c = targetPath({ baseline: 0, target: 80000 })
 * Result.isSuccess(c) && c.success.linear.map((y) => y.cumulative) // => [16000, 32000, 48000, 64000, 80000]
 * Result.isSuccess(c) && c.success.compoundNotApplicable // => "zeroBase"
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const targetPath = (input: TargetPathInput): Result.Result<TargetPath, TargetPathError> => {
  const period = input.period ?? planDefaults.period
  const startYear = input.baselineYear ?? period.from - 1
  if (startYear < period.from - 1 || startYear >= period.to) {
    return Result.fail({
      ...formulaError(
        "BaselineYearOutsidePeriod",
        startYear < period.from - 1
          ? `the baseline year must be ${period.from - 1} or later`
          : `the baseline year must be before ${period.to}, the end of the period`,
        startYear < period.from - 1 ? `基期年份不能早于 ${period.from - 1} 年` : `基期年份必须早于规划期结束年份 ${period.to} 年`,
      ),
      path: ["baselineYear"],
    })
  }
  const b = input.baseline
  const t = input.target
  const n = period.to - startYear
  const whole = isWhole(b) && isWhole(t)
  const steps = Array.from({ length: n }, (_, i) => i + 1)
  const up = t >= b
  const linearValues = steps.map((k) => (k === n ? t : whole ? linearWhole(b, t, k, n) : b + ((t - b) * k) / n))
  const compoundNotApplicable: NotApplicableReason | undefined = b <= 0 ? "zeroBase" : t <= 0 ? "nonPositiveValue" : undefined
  const growthRate = compoundNotApplicable === undefined ? Math.expm1(Math.log(t / b) / n) : undefined
  let compound: ReadonlyArray<PathYear> | undefined
  if (compoundNotApplicable === undefined) {
    const logRatio = Math.log(t / b)
    const values: Array<number> = []
    let previous = b
    for (const k of steps) {
      const exact = b * Math.exp((logRatio * k) / n)
      const rounded = k === n ? t : whole ? (up ? Math.ceil(exact) : Math.floor(exact)) : exact
      // Held between the previous value and the target, against floating-point drift.
      const held = up ? Math.min(t, Math.max(previous, rounded)) : Math.max(t, Math.min(previous, rounded))
      values.push(held)
      previous = held
    }
    compound = toYears(startYear, b, values)
  }
  return Result.succeed({
    start: { year: startYear, value: b },
    target: t,
    years: n,
    whole,
    linear: toYears(startYear, b, linearValues),
    growthRate,
    compound,
    compoundNotApplicable,
  })
}

/**
 * {@link targetPath} for plain callers.
 *
 * @example
 * ```ts
 * targetPathFromUnknown({ baseline: 37000, target: 45000, period: { from: 2026, to: 2030 } }).ok // => true
 * targetPathFromUnknown({ baseline: -1, target: 10 }).ok // => false
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const targetPathFromUnknown = plainEntry(TargetPathInput, targetPath)

/**
 * Progress path: an indicator's actual values year by year beside the target path it should
 * follow, in the target's own measure, for charts and year-by-year tables.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { planDefaults } from "../formulas/Defaults.ts"
import { Amount, plainEntry, YearRange } from "../formulas/Inputs.ts"
import { targetPath } from "../formulas/TargetPath.ts"
import { type EvaluationError, EvaluationKind, evaluateIndicator, SeriesPoint } from "./Evaluate.ts"

/**
 * Input of {@link progressPath}: an indicator as {@link evaluateIndicator} takes it, without a date.
 *
 * @category models
 * @since 0.1.0
 */
export const ProgressPathInput = Schema.Struct({
  kind: EvaluationKind,
  target: Amount,
  baseline: Schema.optionalKey(Amount),
  period: Schema.optionalKey(YearRange),
  observations: Schema.Array(SeriesPoint),
}).annotate({ identifier: "ProgressPathInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type ProgressPathInput = typeof ProgressPathInput.Type

/**
 * One year end of a {@link ProgressPath}. `planned` is the linear target path's value (the
 * cumulative increase for increments and yearly flows, the level for stocks and shares);
 * `actual` and `completion` are `undefined` in a year without data; `expected` is the share of
 * the time from the base to the period's end that has passed at that year end (linear pacing).
 *
 * @category models
 * @since 0.1.0
 */
export interface ProgressPathYear {
  readonly year: number
  readonly planned: number | undefined
  readonly actual: number | undefined
  readonly completion: number | undefined
  readonly expected: number | undefined
}

/**
 * Result of {@link progressPath}: every year of the period. A stock or share without a
 * baseline starts its path at its first observation; with no observation it has no path.
 *
 * @category models
 * @since 0.1.0
 */
export interface ProgressPath {
  readonly start: { readonly year: number; readonly value: number } | undefined
  readonly target: number
  readonly years: ReadonlyArray<ProgressPathYear>
}

/**
 * The actual value at each year end (what {@link evaluateIndicator} reports as achieved by
 * then, with its completion and linear expectation) beside the linear target path from
 * the library's `targetPath`, from the base to the target.
 *
 * The plan: 「到 2025 年，取得应急救护培训证书人员较 2020 年末增加 8 万人」.
 *
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * const r = progressPath({ kind: "increment", target: 80000,
 *   observations: [{ year: 2021, value: 15000 }, { year: 2022, value: 15000 }] })
 * Result.isSuccess(r) && r.success.years.map((y) => y.planned) // => [16000, 32000, 48000, 64000, 80000]
 * Result.isSuccess(r) && r.success.years.map((y) => y.actual) // => [15000, 30000, undefined, undefined, undefined]
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const progressPath = (input: ProgressPathInput): Result.Result<ProgressPath, EvaluationError> => {
  const period = input.period ?? planDefaults.period
  const atEnd = evaluateIndicator({ ...input, date: `${period.to}-12-31` })
  if (Result.isFailure(atEnd)) return Result.fail(atEnd.failure)
  const additive = input.kind === "increment" || input.kind === "annualFlow"
  const first = [...input.observations].sort((a, b) => a.year - b.year)[0]
  const start = additive
    ? { year: period.from - 1, value: 0 }
    : input.baseline !== undefined
      ? { year: period.from - 1, value: input.baseline }
      : first === undefined
        ? undefined
        : { year: first.year, value: first.value }
  const path =
    start === undefined || start.year >= period.to
      ? undefined
      : targetPath({ baseline: start.value, target: input.target, baselineYear: start.year, period })
  const planned = new Map<number, number>()
  if (start !== undefined) planned.set(start.year, start.value)
  if (path !== undefined && Result.isSuccess(path)) for (const y of path.success.linear) planned.set(y.year, y.value)
  const span = start === undefined ? 0 : period.to - start.year
  const years: Array<ProgressPathYear> = []
  for (let year = period.from; year <= period.to; year++) {
    const r = evaluateIndicator({ ...input, observations: input.observations.filter((o) => o.year <= year), date: `${year}-12-31` })
    const e = Result.isSuccess(r) && r.success._tag === "Evaluated" ? r.success : undefined
    const current = e !== undefined && e.dataAsOfYear === year ? e : undefined
    years.push({
      year,
      planned: planned.get(year),
      actual: current?.achieved,
      completion: current?.completion,
      expected: start === undefined || year < start.year ? undefined : span > 0 ? (year - start.year) / span : 1,
    })
  }
  return Result.succeed({ start, target: input.target, years })
}

/**
 * {@link progressPath} for plain callers.
 *
 * @example
 * ```ts
 * progressPathFromUnknown({ kind: "stock", target: 37000, baseline: 29000, observations: [{ year: 2030, value: 1 }] }).ok // => false
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const progressPathFromUnknown = plainEntry(ProgressPathInput, progressPath)

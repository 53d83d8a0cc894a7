/**
 * Progress evaluation of one indicator, and of the whole plan, at any date: completion,
 * expected share under linear pacing, gap, required rates for the remaining years, projected
 * end values, and a status under each of the three methods in `Methods.ts`.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { indicatorTable } from "../data/indicators.ts"
import { targets } from "../data/targets.ts"
import { planDefaults } from "../formulas/Defaults.ts"
import { Amount, bilingual, type FormulaError, formulaError, plainEntry, Year, YearRange } from "../formulas/Inputs.ts"
import type { Text } from "../model/Text.ts"
import {
  type CagrAssessment,
  type CagrStatus,
  type CagrThresholds,
  cagr,
  cagrRatio,
  defaultCagrThresholds,
  defaultLinearThresholds,
  defaultProgressChartThresholds,
  type LinearPacing,
  type LinearStatus,
  type LinearThresholds,
  linearPacing,
  type NotApplicableReason,
  type ProgressChartAssessment,
  type ProgressChartStatus,
  type ProgressChartThresholds,
  progressChart,
} from "./Methods.ts"

/**
 * How an indicator is counted, for evaluation: `increment` and `annualFlow` observations are
 * yearly additions (summed); `stock` and `share` observations are year-end levels (latest counts).
 *
 * @category models
 * @since 0.1.0
 */
export const EvaluationKind = Schema.Literals(["increment", "stock", "share", "annualFlow"]).annotate({
  identifier: "EvaluationKind",
  message: bilingual("must be increment, stock, share or annualFlow", "必须是 increment、stock、share 或 annualFlow"),
})

/**
 * @category models
 * @since 0.1.0
 */
export type EvaluationKind = typeof EvaluationKind.Type

const isRealDate = (s: string): boolean => {
  const [y, m, d] = s.split("-").map(Number)
  if (y === undefined || m === undefined || d === undefined) return false
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/**
 * A calendar date, `YYYY-MM-DD` (2023-12-31 is the mid-term, 2025-12-31 the final evaluation).
 *
 * @category models
 * @since 0.1.0
 */
export const IsoDate = Schema.String.check(
  Schema.isPattern(/^\d{4}-\d{2}-\d{2}$/, { message: bilingual("must be a date written YYYY-MM-DD", "日期格式必须是 YYYY-MM-DD") }),
  Schema.makeFilter((s: string) => (isRealDate(s) ? undefined : bilingual("is not a real calendar date", "不是有效的日期"))),
).annotate({ identifier: "IsoDate" })

/**
 * A year-end value of a series.
 *
 * @category models
 * @since 0.1.0
 */
export const SeriesPoint = Schema.Struct({ year: Year, value: Amount }).annotate({ identifier: "SeriesPoint" })

/**
 * Input of {@link evaluateIndicator}. `target` is the increase over the period for
 * `increment` and `annualFlow`, the level at the end for `stock` and `share`. `baseline` is
 * the level at the end of the year before the period (for increments it makes growth-rate
 * methods applicable; without it an increment starts from 0).
 *
 * @category models
 * @since 0.1.0
 */
export const EvaluateIndicatorInput = Schema.Struct({
  kind: EvaluationKind,
  target: Amount,
  baseline: Schema.optionalKey(Amount),
  period: Schema.optionalKey(YearRange),
  observations: Schema.Array(SeriesPoint),
  date: IsoDate,
}).annotate({ identifier: "EvaluateIndicatorInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type EvaluateIndicatorInput = typeof EvaluateIndicatorInput.Type

/**
 * Thresholds of all three methods; each defaults to its documented values.
 *
 * @category models
 * @since 0.1.0
 */
export interface EvaluationThresholds {
  readonly linear?: LinearThresholds
  readonly cagr?: CagrThresholds
  readonly progressChart?: ProgressChartThresholds
}

/**
 * An indicator evaluated at a date. Values (`achieved`, `projected…`, `remaining`) are in the
 * target's own measure: the increase so far for increments, the level for stocks and shares.
 *
 * @category models
 * @since 0.1.0
 */
export interface Evaluated {
  readonly _tag: "Evaluated"
  readonly kind: EvaluationKind
  readonly date: string
  readonly period: { readonly from: number; readonly to: number }
  /** The last year-end with data on or before the date. */
  readonly dataAsOfYear: number
  /** Share of the period elapsed at the date itself. */
  readonly elapsedAtDate: number
  readonly target: number
  readonly achieved: number
  readonly completion: number
  readonly expected: number
  /** Achieved minus expected, in the target's unit (negative: behind). */
  readonly gap: number
  readonly remaining: number
  readonly remainingYears: number
  /** What each remaining year must add, linearly; `undefined` once the period is over. */
  readonly requiredYearlyRate: number | undefined
  /** The yearly growth the remaining years need; `undefined` once over or from a zero level. */
  readonly requiredGrowthRate: number | undefined
  readonly projectedLinear: number
  readonly projectedCompound: number | undefined
  readonly compoundNotApplicable: NotApplicableReason | undefined
  readonly linear: LinearPacing
  readonly cagr: CagrAssessment
  readonly progressChart: ProgressChartAssessment
  /** Observations after the date, left out. */
  readonly afterDate: number
}

/**
 * An indicator with no data on or before the date.
 *
 * @category models
 * @since 0.1.0
 */
export interface NoData {
  readonly _tag: "NoData"
  readonly date: string
  readonly reason: "noObservations" | "noneByDate"
}

/**
 * Result of {@link evaluateIndicator}.
 *
 * @category models
 * @since 0.1.0
 */
export type IndicatorEvaluation = Evaluated | NoData

/**
 * Why an indicator cannot be evaluated.
 *
 * @category models
 * @since 0.1.0
 */
export type EvaluationError = FormulaError<"YearOutsidePeriod" | "DuplicateYear"> & { readonly path: ReadonlyArray<PropertyKey> }

const yearEnd = (year: number) => `${String(year).padStart(4, "0")}-12-31`

const elapsedShare = (date: string, period: { from: number; to: number }): number => {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number)
  const start = Date.UTC(period.from, 0, 1)
  const end = Date.UTC(period.to + 1, 0, 1)
  const at = Date.UTC(y, m - 1, d + 1)
  return Math.min(1, Math.max(0, (at - start) / (end - start)))
}

/**
 * Evaluates one indicator at a date from its year-end observations.
 *
 * The base point is the baseline at the end of the year before the period (0 for an
 * increment without one); for a stock without a baseline, its earliest observation. The
 * linear expectation at the last year with data is the share of the time from the base to
 * the end of the period that has passed (时间过半、任务过半).
 *
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * // +80,000 certificate holders; 15,000 a year added 2021–2023; mid-term evaluation
 * const r = evaluateIndicator({ kind: "increment", target: 80000, date: "2023-12-31",
 *   observations: [{ year: 2021, value: 15000 }, { year: 2022, value: 15000 }, { year: 2023, value: 15000 }] })
 * const e = Result.isSuccess(r) && r.success._tag === "Evaluated" ? r.success : undefined
 * e?.completion // => 0.5625
 * e?.expected // => 0.6
 * e?.linear.status // => "onTrack"
 * e?.requiredYearlyRate // => 17500
 * e?.cagr // => { _tag: "NotApplicable", reason: "zeroBase" }
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const evaluateIndicator = (
  input: EvaluateIndicatorInput,
  thresholds: EvaluationThresholds = {},
): Result.Result<IndicatorEvaluation, EvaluationError> => {
  const period = input.period ?? planDefaults.period
  const additive = input.kind === "increment" || input.kind === "annualFlow"
  const firstYear = additive ? period.from : period.from - 1
  const seen = new Set<number>()
  for (const [i, o] of input.observations.entries()) {
    if (o.year < firstYear || o.year > period.to) {
      return Result.fail({
        ...formulaError(
          "YearOutsidePeriod",
          `${o.year} is outside ${firstYear}–${period.to}`,
          `${o.year} 年不在 ${firstYear}–${period.to} 年范围内`,
        ),
        path: ["observations", i, "year"],
      })
    }
    if (seen.has(o.year)) {
      return Result.fail({
        ...formulaError("DuplicateYear", `${o.year} is given twice`, `${o.year} 年重复`),
        path: ["observations", i, "year"],
      })
    }
    seen.add(o.year)
  }
  if (input.observations.length === 0) return Result.succeed({ _tag: "NoData", date: input.date, reason: "noObservations" })
  const upTo = input.observations.filter((o) => yearEnd(o.year) <= input.date).sort((a, b) => a.year - b.year)
  const afterDate = input.observations.length - upTo.length
  const last = upTo[upTo.length - 1]
  if (last === undefined) return Result.succeed({ _tag: "NoData", date: input.date, reason: "noneByDate" })

  // Express everything as levels: base (t0, y0), latest (t, yt), target level at the period's end.
  let base: { year: number; value: number }
  let latest: number
  let targetLevel: number
  if (additive) {
    const y0 = input.baseline ?? 0
    base = { year: period.from - 1, value: y0 }
    latest = y0 + upTo.reduce((acc, o) => acc + o.value, 0)
    targetLevel = y0 + input.target
  } else {
    const first = upTo[0] ?? last
    base = input.baseline !== undefined ? { year: period.from - 1, value: input.baseline } : { year: first.year, value: first.value }
    latest = last.value
    targetLevel = input.target
  }
  const t = last.year
  const toChange = targetLevel - base.value
  const completion = toChange > 0 ? (latest - base.value) / toChange : latest >= targetLevel ? 1 : 0
  const span = period.to - base.year
  const expected = span > 0 ? Math.min(1, (t - base.year) / span) : 1
  const remainingYears = Math.max(0, period.to - t)
  const remainingLevel = Math.max(0, targetLevel - latest)
  const observedYears = t - base.year
  const projectedLevelLinear = observedYears > 0 ? latest + ((latest - base.value) / observedYears) * remainingYears : latest
  const growth = { base, latest: { year: t, value: latest }, target: { year: period.to, value: targetLevel } }
  const observedRate = cagr(base.value, latest, observedYears)
  const compoundNotApplicable: NotApplicableReason | undefined =
    base.value <= 0 ? "zeroBase" : observedYears <= 0 ? "noElapsedTime" : latest <= 0 ? "nonPositiveValue" : undefined
  const projectedLevelCompound = observedRate === undefined ? undefined : latest * Math.exp(remainingYears * Math.log1p(observedRate))
  const inMeasure = (level: number) => (additive ? level - base.value : level)
  const achieved = inMeasure(latest)
  return Result.succeed({
    _tag: "Evaluated",
    kind: input.kind,
    date: input.date,
    period: { from: period.from, to: period.to },
    dataAsOfYear: t,
    elapsedAtDate: elapsedShare(input.date, period),
    target: input.target,
    achieved,
    completion,
    expected,
    gap: latest - base.value - expected * toChange,
    remaining: remainingLevel,
    remainingYears,
    requiredYearlyRate: remainingYears > 0 ? remainingLevel / remainingYears : undefined,
    requiredGrowthRate:
      remainingYears > 0 && latest > 0
        ? Math.max(0, Math.expm1(Math.log(Math.max(latest, targetLevel) / latest) / remainingYears))
        : undefined,
    projectedLinear: inMeasure(projectedLevelLinear),
    projectedCompound: projectedLevelCompound === undefined ? undefined : inMeasure(projectedLevelCompound),
    compoundNotApplicable,
    linear: linearPacing(completion, expected, thresholds.linear ?? defaultLinearThresholds),
    cagr: cagrRatio(growth, thresholds.cagr ?? defaultCagrThresholds),
    progressChart: progressChart(growth, thresholds.progressChart ?? defaultProgressChartThresholds),
    afterDate,
  })
}

/**
 * {@link evaluateIndicator} for plain callers, with the default thresholds.
 *
 * @example
 * ```ts
 * evaluateIndicatorFromUnknown({ kind: "stock", target: 37000, date: "2025-02-30", observations: [] }).ok // => false
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const evaluateIndicatorFromUnknown = plainEntry(EvaluateIndicatorInput, (input: EvaluateIndicatorInput) => evaluateIndicator(input))

/**
 * One target the whole-plan evaluation covers: a main indicator or a prose target
 * (stated only in the goals or a column), keyed by its subject.
 *
 * @category models
 * @since 0.1.0
 */
export interface EvaluationTarget {
  readonly key: string
  readonly label: Text
  readonly source: "indicator" | "prose"
  readonly kind: EvaluationKind
  readonly target: number
  readonly baseline: number | undefined
  readonly quote: string | undefined
}

const levelOf = (subject: string): number | undefined => {
  for (const t of targets) if (t.subject === subject && t.measure === "level" && "quantity" in t) return t.quantity.value
  return undefined
}

const indicatorTargets: ReadonlyArray<EvaluationTarget> = indicatorTable.rows.map((row) => {
  const level = row.kind === "stock" ? levelOf(row.subject) : undefined
  const kind: EvaluationKind = row.kind === "stock" ? "stock" : row.kind === "annualFlow" ? "annualFlow" : "increment"
  return {
    key: row.subject,
    label: row.name,
    source: "indicator" as const,
    kind,
    // A stock's target is its level; the table prints the increase (level − increase = implied baseline).
    target: level ?? row.increase.value,
    baseline: level === undefined ? undefined : level - row.increase.value,
    quote: undefined,
  }
})

const indicatorSubjects = new Set<string>(indicatorTable.rows.map((r) => r.subject))

const proseTargets: ReadonlyArray<EvaluationTarget> = (() => {
  const out: Array<EvaluationTarget> = []
  const keys = new Set<string>()
  for (const t of targets) {
    if (indicatorSubjects.has(t.subject) || keys.has(t.subject) || !("quantity" in t)) continue
    if (t.kind !== "increment" && t.kind !== "stock" && t.kind !== "share") continue
    if (t.measure !== "increase" && t.measure !== "level") continue
    keys.add(t.subject)
    out.push({
      key: t.subject,
      label: t.label,
      source: "prose",
      kind: t.kind,
      target: t.quantity.value,
      baseline: undefined,
      quote: t.source.quote,
    })
  }
  return out
})()

/**
 * Every target the whole-plan evaluation covers: the 15 main indicators, then each prose
 * target with a figure that no indicator states (one per subject).
 *
 * @example
 * ```ts
 * planEvaluationTargets.filter((t) => t.source === "indicator").length // => 15
 * planEvaluationTargets.find((t) => t.key === "stem-cell-registry")?.baseline // => 29000
 * ```
 *
 * @category data
 * @since 0.1.0
 */
export const planEvaluationTargets: ReadonlyArray<EvaluationTarget> = [...indicatorTargets, ...proseTargets]

/**
 * Input of {@link evaluatePlan}: the date, and per target key (its subject, e.g.
 * `certificate-holders`) the observations and optionally a baseline or a replacement target.
 *
 * @category models
 * @since 0.1.0
 */
export const EvaluatePlanInput = Schema.Struct({
  date: IsoDate,
  period: Schema.optionalKey(YearRange),
  data: Schema.Record(
    Schema.String,
    Schema.Struct({ observations: Schema.Array(SeriesPoint), baseline: Schema.optionalKey(Amount), target: Schema.optionalKey(Amount) }),
  ),
}).annotate({ identifier: "EvaluatePlanInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type EvaluatePlanInput = typeof EvaluatePlanInput.Type

/**
 * One row of {@link PlanEvaluation}.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanEvaluationItem {
  readonly target: EvaluationTarget
  readonly result: IndicatorEvaluation | EvaluationError
}

/**
 * An evaluation method's key: China's linear pacing, Statistics Canada's CAGR ratio, the UN
 * Progress Chart.
 *
 * @category models
 * @since 0.1.0
 */
export type EvaluationMethod = "linear" | "cagr" | "progressChart"

/**
 * What an indicator counts as under a method: one of its categories, or why it has none
 * (the method does not apply, no data, the data is wrong).
 *
 * @category models
 * @since 0.1.0
 */
export interface MethodCategories {
  readonly linear: LinearStatus | "noData" | "error"
  readonly cagr: CagrStatus | "notApplicable" | "noData" | "error"
  readonly progressChart: ProgressChartStatus | "notApplicable" | "noData" | "error"
}

/**
 * Counts of the main indicators per category, for every method.
 *
 * @category models
 * @since 0.1.0
 */
export type MethodCounts = { readonly [M in EvaluationMethod]: { readonly [K in MethodCategories[M]]: number } }

/**
 * What one indicator's evaluation counts as under every method: its status, or
 * `notApplicable`, `noData` or `error`.
 *
 * @example
 * ```ts
 * categoriesOf({ _tag: "NoData", date: "2023-12-31", reason: "noObservations" })
 * // => { linear: "noData", cagr: "noData", progressChart: "noData" }
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const categoriesOf = (result: IndicatorEvaluation | EvaluationError): MethodCategories => {
  if (result._tag === "NoData") return { linear: "noData", cagr: "noData", progressChart: "noData" }
  if (result._tag !== "Evaluated") return { linear: "error", cagr: "error", progressChart: "error" }
  return {
    linear: result.linear.status,
    cagr: result.cagr._tag === "Assessed" ? result.cagr.status : "notApplicable",
    progressChart: result.progressChart._tag === "Assessed" ? result.progressChart.status : "notApplicable",
  }
}

/**
 * The whole plan at a date: every target, counts per linear category among the main
 * indicators (`counts`) and per category of every method (`countsByMethod`), how many are on
 * track ("n of 15"), and which lack data.
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanEvaluation {
  readonly date: string
  readonly items: ReadonlyArray<PlanEvaluationItem>
  readonly counts: { readonly [K in LinearStatus | "noData" | "error"]: number }
  readonly countsByMethod: MethodCounts
  readonly onTrack: number
  readonly indicatorCount: number
  readonly summary: Text
  readonly lackingData: ReadonlyArray<string>
  readonly unknownKeys: ReadonlyArray<string>
}

/**
 * Evaluates every target with data at a date (mid-term 2023-12-31, final 2025-12-31).
 * "On track" counts the main indicators whose linear status is achieved, faster or broadly as
 * expected.
 *
 * @example
 * ```ts
 * const e = evaluatePlan({ date: "2023-12-31", data: { members: { observations: [{ year: 2021, value: 10000 }] } } })
 * e.summary.en // => "1 of 15 main indicators on track; 14 without data"
 * e.countsByMethod.cagr.notApplicable // => 1
 * e.countsByMethod.progressChart.noData // => 14
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const evaluatePlan = (
  input: EvaluatePlanInput,
  thresholds: EvaluationThresholds = {},
  definitions: ReadonlyArray<EvaluationTarget> = planEvaluationTargets,
): PlanEvaluation => {
  const counts = { achieved: 0, faster: 0, onTrack: 0, lagging: 0, noData: 0, error: 0 }
  const cagrCounts = { targetAchieved: 0, substantial: 0, moderate: 0, limited: 0, deterioration: 0, notApplicable: 0, noData: 0, error: 0 }
  const chartCounts = { onTrack: 0, accelerationNeeded: 0, stagnationOrRegression: 0, notApplicable: 0, noData: 0, error: 0 }
  const lackingData: Array<string> = []
  const items: Array<PlanEvaluationItem> = []
  const known = new Set(definitions.map((d) => d.key))
  for (const target of definitions) {
    const data = input.data[target.key]
    const baseline = data?.baseline ?? target.baseline
    const r = evaluateIndicator(
      {
        kind: target.kind,
        target: data?.target ?? target.target,
        observations: data?.observations ?? [],
        date: input.date,
        ...(baseline === undefined ? {} : { baseline }),
        ...(input.period === undefined ? {} : { period: input.period }),
      },
      thresholds,
    )
    const result = Result.isSuccess(r) ? r.success : r.failure
    items.push({ target, result })
    if (result._tag === "NoData") lackingData.push(target.key)
    if (target.source !== "indicator") continue
    const category = categoriesOf(result)
    counts[category.linear] += 1
    cagrCounts[category.cagr] += 1
    chartCounts[category.progressChart] += 1
  }
  const indicatorCount = definitions.filter((d) => d.source === "indicator").length
  const onTrack = counts.achieved + counts.faster + counts.onTrack
  return {
    date: input.date,
    items,
    counts,
    countsByMethod: { linear: { ...counts }, cagr: cagrCounts, progressChart: chartCounts },
    onTrack,
    indicatorCount,
    summary: {
      zh: `${indicatorCount} 项主要指标中 ${onTrack} 项进展正常；${counts.noData} 项无数据`,
      en: `${onTrack} of ${indicatorCount} main indicators on track; ${counts.noData} without data`,
    },
    lackingData,
    unknownKeys: Object.keys(input.data).filter((k) => !known.has(k)),
  }
}

/**
 * {@link evaluatePlan} for plain callers.
 *
 * @example
 * ```ts
 * evaluatePlanFromUnknown({ date: "2025-12-31", data: {} }).ok // => true
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const evaluatePlanFromUnknown = plainEntry(EvaluatePlanInput, (input: EvaluatePlanInput) => Result.succeed(evaluatePlan(input)))

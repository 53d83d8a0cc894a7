/**
 * Three published ways to say whether a target is on pace, each with its thresholds as
 * parameters: China's plan evaluations (linear pacing, 时间过半、任务过半), Statistics
 * Canada's CAGR ratio as used by Open SDG, and the UN Statistics Division's Progress Chart.
 * All assume a target that is reached by going up (增加, 达到, 不少于).
 *
 * @since 0.1.0
 */
import type { Text } from "../model/Text.ts"

/**
 * The four categories of Chinese mid-term and final plan evaluations:
 * 提前实现 (achieved early), 快于预期 (faster than expected), 基本符合预期 (broadly as
 * expected), 相对滞后 (relatively behind).
 *
 * @category models
 * @since 0.1.0
 */
export type LinearStatus = "achieved" | "faster" | "onTrack" | "lagging"

/**
 * Names of {@link LinearStatus} in both languages.
 *
 * @example
 * ```ts
 * linearStatusNames.lagging.zh // => "相对滞后"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const linearStatusNames: { readonly [K in LinearStatus]: Text } = {
  achieved: { zh: "提前实现", en: "Achieved ahead of time" },
  faster: { zh: "快于预期", en: "Faster than expected" },
  onTrack: { zh: "基本符合预期", en: "Broadly as expected" },
  lagging: { zh: "相对滞后", en: "Relatively behind" },
}

/**
 * Thresholds of the linear method on the pace ratio (completion share ÷ time share).
 * Chinese evaluations publish no formula; these defaults are this library's and are
 * documented as such: at least 1.10 is faster than expected, from 0.90 up to 1.10 broadly as
 * expected, below 0.90 relatively behind; a completion share of 1 or more is achieved.
 *
 * @category models
 * @since 0.1.0
 */
export interface LinearThresholds {
  readonly faster: number
  readonly onTrack: number
}

/**
 * The default {@link LinearThresholds}: 1.10 and 0.90.
 *
 * @example
 * ```ts
 * defaultLinearThresholds // => { faster: 1.1, onTrack: 0.9 }
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultLinearThresholds: LinearThresholds = { faster: 1.1, onTrack: 0.9 }

/**
 * Result of {@link linearPacing}. `paceRatio` is `undefined` before any time has passed.
 *
 * @category models
 * @since 0.1.0
 */
export interface LinearPacing {
  readonly completion: number
  readonly expected: number
  readonly gap: number
  readonly paceRatio: number | undefined
  readonly status: LinearStatus
}

/**
 * Linear pacing (时间过半、任务过半): by the time a share t of the period has passed, the
 * same share of the task should be done. Compares the completion share with the time share.
 *
 * @example
 * ```ts
 * linearPacing(0.5, 0.6).status // => "lagging"
 * linearPacing(0.58, 0.6).status // => "onTrack"
 * linearPacing(0.7, 0.6).status // => "faster"
 * linearPacing(1, 0.6).status // => "achieved"
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const linearPacing = (
  completion: number,
  expected: number,
  thresholds: LinearThresholds = defaultLinearThresholds,
): LinearPacing => {
  const gap = completion - expected
  const paceRatio = expected > 0 ? completion / expected : undefined
  const status: LinearStatus =
    completion >= 1
      ? "achieved"
      : paceRatio === undefined
        ? "onTrack"
        : paceRatio >= thresholds.faster
          ? "faster"
          : paceRatio >= thresholds.onTrack
            ? "onTrack"
            : "lagging"
  return { completion, expected, gap, paceRatio, status }
}

/**
 * Compound annual growth rate between two positive values `years` apart, computed with
 * `expm1` and `log` so that tiny rates keep their precision; `undefined` where it has no
 * meaning (a value ≤ 0 or no time between them).
 *
 * @example
 * ```ts
 * cagr(29000, 37000, 5)?.toFixed(4) // => "0.0499"
 * cagr(0, 10, 5) // => undefined
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const cagr = (from: number, to: number, years: number): number | undefined =>
  from > 0 && to > 0 && years > 0 ? Math.expm1(Math.log(to / from) / years) : undefined

/**
 * Why a growth-rate method does not apply: a zero (or negative) base, which an increment
 * counted from nothing always has; no time between base and latest value; a zero or negative
 * latest value; or a target that is not above the base.
 *
 * @category models
 * @since 0.1.0
 */
export type NotApplicableReason = "zeroBase" | "noElapsedTime" | "nonPositiveValue" | "targetNotAboveBase"

/**
 * Bilingual explanations of {@link NotApplicableReason}.
 *
 * @category constants
 * @since 0.1.0
 */
export const notApplicableReasons: { readonly [K in NotApplicableReason]: Text } = {
  zeroBase: {
    zh: "基数为 0（从零起算的增量），无法计算年均增长率，请用线性进度法",
    en: "The base is 0 (an increment counted from nothing): no growth rate exists, use linear pacing",
  },
  noElapsedTime: { zh: "基期与最新数据之间没有时间间隔", en: "No time has passed between the base and the latest value" },
  nonPositiveValue: { zh: "最新值不大于 0，无法计算增长率", en: "The latest value is not above 0: no growth rate exists" },
  targetNotAboveBase: { zh: "目标值不高于基数", en: "The target is not above the base" },
}

/**
 * A growth point: a value at a year-end.
 *
 * @category models
 * @since 0.1.0
 */
export interface Point {
  readonly year: number
  readonly value: number
}

/**
 * What a growth-rate method needs: the base, the latest value, and the target at its year.
 *
 * @category models
 * @since 0.1.0
 */
export interface GrowthInput {
  readonly base: Point
  readonly latest: Point
  readonly target: Point
}

/**
 * Categories of Statistics Canada's progress measure, as used by Open SDG.
 *
 * @category models
 * @since 0.1.0
 */
export type CagrStatus = "targetAchieved" | "substantial" | "moderate" | "limited" | "deterioration"

/**
 * Names of {@link CagrStatus} in both languages.
 *
 * @category constants
 * @since 0.1.0
 */
export const cagrStatusNames: { readonly [K in CagrStatus]: Text } = {
  targetAchieved: { zh: "已实现目标", en: "Target achieved" },
  substantial: { zh: "实质性进展", en: "Substantial progress" },
  moderate: { zh: "中等进展", en: "Moderate progress" },
  limited: { zh: "进展有限", en: "Limited progress" },
  deterioration: { zh: "倒退", en: "Deterioration" },
}

/**
 * Thresholds of the CAGR ratio: R ≥ `substantial` (0.95), R ≥ `moderate` (0.6), R ≥ 0 limited,
 * below 0 deterioration.
 *
 * @category models
 * @since 0.1.0
 */
export interface CagrThresholds {
  readonly substantial: number
  readonly moderate: number
}

/**
 * Statistics Canada's defaults, 0.95 and 0.6.
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultCagrThresholds: CagrThresholds = { substantial: 0.95, moderate: 0.6 }

/**
 * Result of {@link cagrRatio}.
 *
 * @category models
 * @since 0.1.0
 */
export type CagrAssessment =
  | {
      readonly _tag: "Assessed"
      readonly observed: number
      readonly required: number
      readonly ratio: number | undefined
      readonly status: CagrStatus
    }
  | { readonly _tag: "NotApplicable"; readonly reason: NotApplicableReason }

const applicability = (input: GrowthInput): NotApplicableReason | undefined => {
  if (input.base.value <= 0) return "zeroBase"
  if (input.latest.year <= input.base.year || input.target.year <= input.base.year) return "noElapsedTime"
  if (input.latest.value <= 0) return "nonPositiveValue"
  if (input.target.value <= input.base.value) return "targetNotAboveBase"
  return undefined
}

/**
 * Statistics Canada's progress measure (Open SDG, sdg-build `ProgressMeasure`): observed
 * CAGR_o = (y_t ÷ y_0)^(1/(t − t_0)) − 1, required CAGR_r = (target ÷ y_0)^(1/(T − t_0)) − 1,
 * R = CAGR_o ÷ CAGR_r. Target met: achieved; else by R. A zero base makes it not applicable.
 *
 * @example
 * ```ts
 * const r = cagrRatio({ base: { year: 2020, value: 29000 }, latest: { year: 2023, value: 33500 }, target: { year: 2025, value: 37000 } })
 * r._tag === "Assessed" && r.status // => "substantial"
 * cagrRatio({ base: { year: 2020, value: 0 }, latest: { year: 2023, value: 5 }, target: { year: 2025, value: 10 } })
 * // => { _tag: "NotApplicable", reason: "zeroBase" }
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const cagrRatio = (input: GrowthInput, thresholds: CagrThresholds = defaultCagrThresholds): CagrAssessment => {
  const reason = applicability(input)
  if (reason !== undefined) return { _tag: "NotApplicable", reason }
  const observed = cagr(input.base.value, input.latest.value, input.latest.year - input.base.year) ?? 0
  const required = cagr(input.base.value, input.target.value, input.target.year - input.base.year) ?? 0
  const ratio = required > 0 ? observed / required : undefined
  if (input.latest.value >= input.target.value) return { _tag: "Assessed", observed, required, ratio, status: "targetAchieved" }
  const r = ratio ?? 0
  const status: CagrStatus =
    r >= thresholds.substantial ? "substantial" : r >= thresholds.moderate ? "moderate" : r >= 0 ? "limited" : "deterioration"
  return { _tag: "Assessed", observed, required, ratio, status }
}

/**
 * Categories of the UN Statistics Division's SDG Progress Chart.
 *
 * @category models
 * @since 0.1.0
 */
export type ProgressChartStatus = "onTrack" | "accelerationNeeded" | "stagnationOrRegression"

/**
 * Names of {@link ProgressChartStatus} in both languages.
 *
 * @category constants
 * @since 0.1.0
 */
export const progressChartStatusNames: { readonly [K in ProgressChartStatus]: Text } = {
  onTrack: { zh: "按期实现或接近实现", en: "On track or target met" },
  accelerationNeeded: { zh: "需要加速", en: "Acceleration needed" },
  stagnationOrRegression: { zh: "停滞或倒退", en: "Stagnation or regression" },
}

/**
 * Thresholds of the Progress Chart ratio: ≥ `onTrack` (0.95), ≥ `acceleration` (0.10).
 *
 * @category models
 * @since 0.1.0
 */
export interface ProgressChartThresholds {
  readonly onTrack: number
  readonly acceleration: number
}

/**
 * The UN defaults, 0.95 and 0.10.
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultProgressChartThresholds: ProgressChartThresholds = { onTrack: 0.95, acceleration: 0.1 }

/**
 * Result of {@link progressChart}.
 *
 * @category models
 * @since 0.1.0
 */
export type ProgressChartAssessment =
  | { readonly _tag: "Assessed"; readonly projected: number; readonly ratio: number; readonly status: ProgressChartStatus }
  | { readonly _tag: "NotApplicable"; readonly reason: NotApplicableReason }

/**
 * The UN SDG Progress Chart: project the latest value to the target year at the observed
 * growth rate, v_T = v_t (1 + CAGR)^(T − t), and compare the projected change with the
 * required change, (v_T − v_0) ÷ (target − v_0).
 *
 * @example
 * ```ts
 * const r = progressChart({ base: { year: 2020, value: 29000 }, latest: { year: 2023, value: 30000 }, target: { year: 2025, value: 37000 } })
 * r._tag === "Assessed" && r.status // => "accelerationNeeded"
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const progressChart = (
  input: GrowthInput,
  thresholds: ProgressChartThresholds = defaultProgressChartThresholds,
): ProgressChartAssessment => {
  const reason = applicability(input)
  if (reason !== undefined) return { _tag: "NotApplicable", reason }
  const rate = cagr(input.base.value, input.latest.value, input.latest.year - input.base.year) ?? 0
  const projected = input.latest.value * Math.exp(Math.max(0, input.target.year - input.latest.year) * Math.log1p(rate))
  const ratio = (projected - input.base.value) / (input.target.value - input.base.value)
  const status: ProgressChartStatus =
    ratio >= thresholds.onTrack ? "onTrack" : ratio >= thresholds.acceleration ? "accelerationNeeded" : "stagnationOrRegression"
  return { _tag: "Assessed", projected, ratio, status }
}

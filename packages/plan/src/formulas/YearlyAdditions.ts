/**
 * Required yearly additions (每年需新增): from the current level, what each remaining year
 * must add to reach a target level by the target year.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { planDefaults } from "./Defaults.ts"
import { Count, plainEntry, Year, YearRange } from "./Inputs.ts"

/**
 * Input of {@link requiredYearlyAdditions}: the level at the end of `currentYear`, the target
 * level, and the target year (default: the end of `period`, itself defaulting to the 14th
 * plan's 2021–2025, so 2025).
 *
 * @category models
 * @since 0.1.0
 */
export const RequiredYearlyAdditionsInput = Schema.Struct({
  current: Count,
  target: Count,
  currentYear: Year,
  targetYear: Schema.optionalKey(Year),
  period: Schema.optionalKey(YearRange),
}).annotate({ identifier: "RequiredYearlyAdditionsInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type RequiredYearlyAdditionsInput = typeof RequiredYearlyAdditionsInput.Type

/**
 * Why no yearly figure exists: no year is left before the target year (the target year is the
 * current year or earlier).
 *
 * @category models
 * @since 0.1.0
 */
export type YearlyAdditionsNotApplicable = "periodOver"

/**
 * Result of {@link requiredYearlyAdditions}. `perYear` is a whole number, or `undefined` once
 * no year is left (`notApplicable` says why); it is 0 when the target is already met.
 *
 * @category models
 * @since 0.1.0
 */
export interface RequiredYearlyAdditions {
  readonly current: number
  readonly target: number
  readonly currentYear: number
  readonly targetYear: number
  readonly remaining: number
  readonly remainingYears: number
  readonly perYear: number | undefined
  readonly met: boolean
  readonly notApplicable: YearlyAdditionsNotApplicable | undefined
}

/**
 * The whole number to add each remaining year: ⌈(target − current) ÷ (target year − current
 * year)⌉, computed exactly, so that `perYear` × the remaining years reaches the target and one
 * less a year would not. Nothing remains once the current level is at or above the target.
 * Never NaN or Infinity: with no year left the result says `periodOver` instead.
 *
 * The plan: 「到 2025 年，取得应急救护培训证书人员较 2020 年末增加 8 万人」 and
 * 「总库容达到 3.7 万人份」.
 *
 * @example
 * ```ts
 * // the registry at 33,000 at end-2023; 37,000 by end-2025
 * requiredYearlyAdditions({ current: 33000, target: 37000, currentYear: 2023 }).perYear // => 2000
 * // certificate holders: 45,000 of the 80,000 added by end-2023
 * requiredYearlyAdditions({ current: 45000, target: 80000, currentYear: 2023 }).perYear // => 17500
 * requiredYearlyAdditions({ current: 45000, target: 80000, currentYear: 2025 }).notApplicable // => "periodOver"
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const requiredYearlyAdditions = (input: RequiredYearlyAdditionsInput): RequiredYearlyAdditions => {
  const targetYear = input.targetYear ?? (input.period ?? planDefaults.period).to
  const remaining = Math.max(0, input.target - input.current)
  const remainingYears = Math.max(0, targetYear - input.currentYear)
  const perYear = remainingYears === 0 ? undefined : Number((BigInt(remaining) + BigInt(remainingYears) - 1n) / BigInt(remainingYears))
  return {
    current: input.current,
    target: input.target,
    currentYear: input.currentYear,
    targetYear,
    remaining,
    remainingYears,
    perYear,
    met: remaining === 0,
    notApplicable: remainingYears === 0 ? "periodOver" : undefined,
  }
}

/**
 * {@link requiredYearlyAdditions} for plain callers.
 *
 * @example
 * ```ts
 * const r = requiredYearlyAdditionsFromUnknown({ current: 37000, target: 45000, currentYear: 2025, targetYear: 2030 })
 * r.ok && r.value.perYear // => 1600
 * requiredYearlyAdditionsFromUnknown({ current: 1.5, target: 10, currentYear: 2023 }).ok // => false
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const requiredYearlyAdditionsFromUnknown = plainEntry(RequiredYearlyAdditionsInput, (input: RequiredYearlyAdditionsInput) =>
  Result.succeed(requiredYearlyAdditions(input)),
)

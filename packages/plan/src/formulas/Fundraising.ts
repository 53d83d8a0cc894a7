/**
 * Fundraising pace (募集资金): the yearly amount and the cumulative total against plan.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { planDefaults } from "./Defaults.ts"
import { Amount, type FormulaError, formulaError, plainEntry, Year, YearRange } from "./Inputs.ts"

/**
 * Input of {@link fundraising}: amounts raised per year (yuan); the yearly and total targets
 * and the period default to the plan's (150 万元 a year, 750 万元 in total, 2021–2025).
 *
 * @category models
 * @since 0.1.0
 */
export const FundraisingInput = Schema.Struct({
  yearly: Schema.Array(Schema.Struct({ year: Year, amount: Amount })),
  perYearTarget: Schema.optionalKey(Amount),
  totalTarget: Schema.optionalKey(Amount),
  period: Schema.optionalKey(YearRange),
}).annotate({ identifier: "FundraisingInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type FundraisingInput = typeof FundraisingInput.Type

/**
 * One year of {@link Fundraising}: raised and planned, that year and cumulatively.
 *
 * @category models
 * @since 0.1.0
 */
export interface FundraisingYear {
  readonly year: number
  readonly amount: number | undefined
  readonly target: number
  readonly metYear: boolean
  readonly cumulative: number
  readonly cumulativePlan: number
  readonly cumulativeGap: number
}

/**
 * Result of {@link fundraising}. Years of the period without a figure are listed in
 * `missingYears` and count as nothing raised in the cumulative figures.
 *
 * @category models
 * @since 0.1.0
 */
export interface Fundraising {
  readonly years: ReadonlyArray<FundraisingYear>
  readonly total: number
  readonly totalTarget: number
  readonly completion: number
  readonly remaining: number
  readonly yearsMet: number
  readonly missingYears: ReadonlyArray<number>
  readonly lastReportedYear: number | undefined
  readonly requiredPerRemainingYear: number | undefined
}

/**
 * Why fundraising cannot be evaluated.
 *
 * @category models
 * @since 0.1.0
 */
export type FundraisingError = FormulaError<"YearOutsidePeriod" | "DuplicateYear"> & { readonly path: ReadonlyArray<PropertyKey> }

/**
 * Each year of the period against the yearly amount, and the running total against
 * yearly amount × years elapsed; the total against the total target; what each remaining
 * year must raise. The plan: 「全区红十字系统每年募集资金 150 万元」 and
 * 「到 2025 年末，全区募捐筹资总额达 750 万元」 (150 万元 × 5 = 750 万元).
 *
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * const r = fundraising({ yearly: [{ year: 2021, amount: 1600000 }, { year: 2022, amount: 1200000 }] })
 * Result.isSuccess(r) && r.success.total // => 2800000
 * Result.isSuccess(r) && r.success.yearsMet // => 1
 * Result.isSuccess(r) && r.success.requiredPerRemainingYear // => 1566666.67
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const fundraising = (input: FundraisingInput): Result.Result<Fundraising, FundraisingError> => {
  const period = input.period ?? planDefaults.period
  const perYear = input.perYearTarget ?? planDefaults.fundsPerYear
  const totalTarget = input.totalTarget ?? planDefaults.fundsTotal
  const byYear = new Map<number, number>()
  for (const [i, row] of input.yearly.entries()) {
    if (row.year < period.from || row.year > period.to) {
      return Result.fail({
        ...formulaError(
          "YearOutsidePeriod",
          `${row.year} is outside ${period.from}–${period.to}`,
          `${row.year} 年不在 ${period.from}–${period.to} 年规划期内`,
        ),
        path: ["yearly", i, "year"],
      })
    }
    if (byYear.has(row.year)) {
      return Result.fail({
        ...formulaError("DuplicateYear", `${row.year} is given twice`, `${row.year} 年重复`),
        path: ["yearly", i, "year"],
      })
    }
    byYear.set(row.year, row.amount)
  }
  const lastReportedYear = byYear.size === 0 ? undefined : Math.max(...byYear.keys())
  const years: Array<FundraisingYear> = []
  const missingYears: Array<number> = []
  let cumulative = 0
  for (let year = period.from; year <= period.to; year++) {
    const amount = byYear.get(year)
    if (amount === undefined && lastReportedYear !== undefined && year <= lastReportedYear) missingYears.push(year)
    cumulative += amount ?? 0
    const cumulativePlan = perYear * (year - period.from + 1)
    years.push({
      year,
      amount,
      target: perYear,
      metYear: amount !== undefined && amount >= perYear,
      cumulative,
      cumulativePlan,
      cumulativeGap: cumulative - cumulativePlan,
    })
  }
  const remaining = Math.max(0, totalTarget - cumulative)
  const remainingYears = lastReportedYear === undefined ? period.to - period.from + 1 : period.to - lastReportedYear
  return Result.succeed({
    years,
    total: cumulative,
    totalTarget,
    completion: totalTarget === 0 ? 1 : cumulative / totalTarget,
    remaining,
    yearsMet: years.filter((y) => y.metYear).length,
    missingYears,
    lastReportedYear,
    requiredPerRemainingYear: remainingYears === 0 ? undefined : Math.round((remaining / remainingYears) * 100) / 100,
  })
}

/**
 * {@link fundraising} for plain callers.
 *
 * @example
 * ```ts
 * fundraisingFromUnknown({ yearly: [{ year: 2030, amount: 1 }] }).ok // => false
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const fundraisingFromUnknown = plainEntry(FundraisingInput, fundraising)

/**
 * Certificate share (取得应急救护培训证书人数占总人口比例): first-aid certificate holders
 * against the resident population, the minimum share, and the increase over end-2020.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { planDefaults } from "./Defaults.ts"
import { Count, ceilShareOf, type FormulaError, Fraction, formulaError, PositiveInt, plainEntry, Year } from "./Inputs.ts"

/**
 * Input of {@link certificateShare}. Only `holders` and `population` are required; the
 * minimum share and the increase target default to the 14th plan's (2 %, +80,000).
 *
 * @category models
 * @since 0.1.0
 */
export const CertificateShareInput = Schema.Struct({
  /** Valid certificate holders (取得应急救护培训证书人数). */
  holders: Count,
  /** Resident population of the same area. */
  population: Count,
  /** Minimum share, default 0.02. */
  minimumShare: Schema.optionalKey(Fraction),
  /** Holders at the end of the baseline year (2020), to measure the increase. */
  baselineHolders: Schema.optionalKey(Count),
  /** Increase target over the baseline, default 80,000. */
  increaseTarget: Schema.optionalKey(Count),
}).annotate({ identifier: "CertificateShareInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type CertificateShareInput = typeof CertificateShareInput.Type

/**
 * Progress against the increase target over the baseline.
 *
 * @category models
 * @since 0.1.0
 */
export interface CertificateIncrease {
  readonly baselineHolders: number
  readonly target: number
  readonly targetHolders: number
  readonly achieved: number
  readonly remaining: number
  readonly met: boolean
}

/**
 * Result of {@link certificateShare}.
 *
 * @category models
 * @since 0.1.0
 */
export interface CertificateShare {
  readonly holders: number
  readonly population: number
  readonly share: number
  readonly minimumShare: number
  readonly requiredHolders: number
  readonly shortfall: number
  readonly meetsMinimum: boolean
  readonly increase: CertificateIncrease | undefined
}

/**
 * Why a certificate share cannot be computed.
 *
 * @category models
 * @since 0.1.0
 */
export type CertificateShareError = FormulaError<"ZeroPopulation"> & { readonly path: ReadonlyArray<PropertyKey> }

/**
 * Holders as a share of the population against a minimum share: required holders
 * ⌈share × population⌉ (exact), shortfall, and, given the end-2020 holders, the increase.
 *
 * The plan: 「全区取得应急救护培训证书人数占总人口比例不少于 2%」 and
 * 「到 2025 年，取得应急救护培训证书人员较 2020 年末增加 8 万人」.
 *
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * const r = certificateShare({ holders: 120000, population: 7202654 })
 * Result.isSuccess(r) && r.success.requiredHolders // => 144054
 * Result.isSuccess(r) && r.success.shortfall // => 24054
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const certificateShare = (input: CertificateShareInput): Result.Result<CertificateShare, CertificateShareError> => {
  const { holders, population } = input
  if (population === 0) {
    return Result.fail({
      ...formulaError("ZeroPopulation", "population is 0: no share can be computed", "人口为 0，无法计算比例"),
      path: ["population"],
    })
  }
  const minimumShare = input.minimumShare ?? planDefaults.certificateShare
  const requiredHolders = ceilShareOf(minimumShare, population)
  const shortfall = Math.max(0, requiredHolders - holders)
  let increase: CertificateIncrease | undefined
  if (input.baselineHolders !== undefined) {
    const target = input.increaseTarget ?? planDefaults.certificateIncrease
    const achieved = holders - input.baselineHolders
    increase = {
      baselineHolders: input.baselineHolders,
      target,
      targetHolders: input.baselineHolders + target,
      achieved,
      remaining: Math.max(0, target - achieved),
      met: achieved >= target,
    }
  }
  return Result.succeed({
    holders,
    population,
    share: holders / population,
    minimumShare,
    requiredHolders,
    shortfall,
    meetsMinimum: shortfall === 0,
    increase,
  })
}

/**
 * {@link certificateShare} for plain callers: decodes unknown input and returns
 * `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * certificateShareFromUnknown({ holders: 150000, population: 7202654 }).ok // => true
 * certificateShareFromUnknown({ holders: -1, population: 7202654 })
 * // => { ok: false, issues: [{ path: ["holders"], at: "holders", message: "must not be negative | 不能为负数" }] }
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const certificateShareFromUnknown = plainEntry(CertificateShareInput, certificateShare)

/**
 * Certificates issued in one year.
 *
 * @category models
 * @since 0.1.0
 */
export const CertificateCohort = Schema.Struct({ year: Year, count: Count }).annotate({ identifier: "CertificateCohort" })

/**
 * Input of {@link validCertificates}: certificates by year of issue, the year whose end
 * counts, and how many years a certificate stays valid (commonly 3: a parameter, not a rule
 * of the plan).
 *
 * @category models
 * @since 0.1.0
 */
export const ValidCertificatesInput = Schema.Struct({
  issued: Schema.Array(CertificateCohort),
  asOfYear: Year,
  validityYears: PositiveInt,
}).annotate({ identifier: "ValidCertificatesInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type ValidCertificatesInput = typeof ValidCertificatesInput.Type

/**
 * Certificates still valid at the end of `asOfYear`, those expired, and those issued later.
 *
 * @category models
 * @since 0.1.0
 */
export interface ValidCertificates {
  readonly valid: number
  readonly expired: number
  readonly notYetIssued: number
}

/**
 * Counts certificates valid at the end of a year: one issued in year Y with validity V
 * years counts through the end of year Y + V − 1, so that expired certificates can be
 * left out of `holders`.
 *
 * @example
 * ```ts
 * validCertificates({ issued: [{ year: 2021, count: 10 }, { year: 2023, count: 5 }], asOfYear: 2024, validityYears: 3 })
 * // => { valid: 5, expired: 10, notYetIssued: 0 }
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const validCertificates = (input: ValidCertificatesInput): ValidCertificates => {
  let valid = 0
  let expired = 0
  let notYetIssued = 0
  for (const cohort of input.issued) {
    if (cohort.year > input.asOfYear) notYetIssued += cohort.count
    else if (input.asOfYear - cohort.year < input.validityYears) valid += cohort.count
    else expired += cohort.count
  }
  return { valid, expired, notYetIssued }
}

/**
 * {@link validCertificates} for plain callers.
 *
 * @example
 * ```ts
 * validCertificatesFromUnknown({ issued: [], asOfYear: 2025, validityYears: 0 }).ok // => false
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const validCertificatesFromUnknown = plainEntry(ValidCertificatesInput, (input: ValidCertificatesInput) =>
  Result.succeed(validCertificates(input)),
)

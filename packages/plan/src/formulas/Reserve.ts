/**
 * Reserves (储备): the stem-cell donor registry against its total capacity target, and the
 * coverage rules that every prefecture-level city (and every disaster-prone county) must meet:
 * rescue teams, volunteer service teams, relief depots, stem-cell and blood volunteer teams.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { type TargetStatementId, targets } from "../data/targets.ts"
import type { Responsible } from "../model/Target.ts"
import type { Text } from "../model/Text.ts"
import { cities, counties, regions } from "../Regions.ts"
import { planDefaults } from "./Defaults.ts"
import { bilingual, Count, ceilDiv, type FormulaError, formulaError, plainEntry, Year, YearRange } from "./Inputs.ts"

/**
 * Input of {@link stemCellRegistry}: the registry's capacity at the end of `asOfYear`;
 * targets and period default to the plan's (3.7 万人份 total, 8000 added, 100 donations).
 *
 * @category models
 * @since 0.1.0
 */
export const StemCellRegistryInput = Schema.Struct({
  capacity: Count,
  asOfYear: Year,
  totalTarget: Schema.optionalKey(Count),
  increaseTarget: Schema.optionalKey(Count),
  donations: Schema.optionalKey(Count),
  donationsTarget: Schema.optionalKey(Count),
  period: Schema.optionalKey(YearRange),
}).annotate({ identifier: "StemCellRegistryInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type StemCellRegistryInput = typeof StemCellRegistryInput.Type

/**
 * Result of {@link stemCellRegistry}. `requiredYearlyAdditions` is `undefined` once no
 * year of the period is left (`notApplicable` says why).
 *
 * @category models
 * @since 0.1.0
 */
export interface StemCellRegistry {
  readonly capacity: number
  readonly asOfYear: number
  readonly totalTarget: number
  readonly increaseTarget: number
  readonly impliedBaseline: number
  readonly coverage: number
  readonly added: number
  readonly remaining: number
  readonly remainingYears: number
  readonly requiredYearlyAdditions: number | undefined
  readonly notApplicable: "periodOver" | undefined
  readonly met: boolean
  readonly donations: { readonly donations: number; readonly target: number; readonly remaining: number; readonly met: boolean } | undefined
}

/**
 * Why the registry cannot be evaluated.
 *
 * @category models
 * @since 0.1.0
 */
export type StemCellRegistryError = FormulaError<"IncreaseExceedsTotal" | "BeforeBaseline"> & { readonly path: ReadonlyArray<PropertyKey> }

/**
 * The registry against its total target: coverage (capacity ÷ total), the implied baseline
 * (total − increase = 37,000 − 8,000 = 29,000), what was added since, what remains, and the
 * whole records a year still needed for the remaining years of the period.
 *
 * The plan: 「新增造血干细胞库容 8000人份」「总库容达到 3.7 万人份」「力争造血干细胞捐献突破 100 例」.
 *
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * const r = stemCellRegistry({ capacity: 33000, asOfYear: 2023 })
 * Result.isSuccess(r) && r.success.impliedBaseline // => 29000
 * Result.isSuccess(r) && r.success.requiredYearlyAdditions // => 2000
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const stemCellRegistry = (input: StemCellRegistryInput): Result.Result<StemCellRegistry, StemCellRegistryError> => {
  const totalTarget = input.totalTarget ?? planDefaults.stemCellRegistryTotal
  const increaseTarget = input.increaseTarget ?? planDefaults.stemCellRegistryIncrease
  const period = input.period ?? planDefaults.period
  if (increaseTarget > totalTarget) {
    return Result.fail({
      ...formulaError("IncreaseExceedsTotal", "the increase target exceeds the total target", "新增目标大于总库容目标"),
      path: ["increaseTarget"],
    })
  }
  if (input.asOfYear < period.from - 1) {
    return Result.fail({
      ...formulaError("BeforeBaseline", `the year must be ${period.from - 1} or later`, `年份不能早于 ${period.from - 1} 年`),
      path: ["asOfYear"],
    })
  }
  const impliedBaseline = totalTarget - increaseTarget
  const remaining = Math.max(0, totalTarget - input.capacity)
  const remainingYears = Math.max(0, period.to - input.asOfYear)
  const donationsTarget = input.donationsTarget ?? planDefaults.stemCellDonations
  return Result.succeed({
    capacity: input.capacity,
    asOfYear: input.asOfYear,
    totalTarget,
    increaseTarget,
    impliedBaseline,
    coverage: totalTarget === 0 ? 1 : input.capacity / totalTarget,
    added: input.capacity - impliedBaseline,
    remaining,
    remainingYears,
    requiredYearlyAdditions: remainingYears === 0 ? undefined : ceilDiv(remaining, remainingYears),
    notApplicable: remainingYears === 0 ? "periodOver" : undefined,
    met: remaining === 0,
    donations:
      input.donations === undefined
        ? undefined
        : {
            donations: input.donations,
            target: donationsTarget,
            remaining: Math.max(0, donationsTarget - input.donations),
            met: input.donations >= donationsTarget,
          },
  })
}

/**
 * {@link stemCellRegistry} for plain callers.
 *
 * @example
 * ```ts
 * stemCellRegistryFromUnknown({ capacity: 37000, asOfYear: 2025 }).ok // => true
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const stemCellRegistryFromUnknown = plainEntry(StemCellRegistryInput, stemCellRegistry)

/**
 * The coverage rules of the plan, each tied to the target statement it comes from.
 *
 * @example
 * ```ts
 * coverageRules["rescue-teams"] // => "rescue-teams-goal"
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const coverageRules = {
  "rescue-teams": "rescue-teams-goal",
  "volunteer-service-teams": "volunteer-service-teams-goal",
  "relief-depots": "relief-depots-standardised-goal",
  "relief-depots-cities": "relief-depots-cities-column",
  "stem-cell-blood-volunteer-teams": "stem-cell-blood-volunteer-teams-column",
} as const satisfies Record<string, TargetStatementId>

/**
 * A coverage rule's name.
 *
 * @category models
 * @since 0.1.0
 */
export const CoverageRule = Schema.Literals([
  "rescue-teams",
  "volunteer-service-teams",
  "relief-depots",
  "relief-depots-cities",
  "stem-cell-blood-volunteer-teams",
]).annotate({ identifier: "CoverageRule" })

/**
 * @category models
 * @since 0.1.0
 */
export type CoverageRule = typeof CoverageRule.Type

const DivisionCode = Schema.String.check(
  Schema.isPattern(/^64\d{4}$/, {
    message: bilingual("must be a six-digit Ningxia division code such as 640100", "必须是 6 位宁夏行政区划代码，如 640100"),
  }),
)

/**
 * Input of {@link coverage}: the rule, the count each unit has (teams, depots), and the
 * units the user marks as disaster-prone or as having the means (有条件的县): no official
 * list exists, so they are input, not data.
 *
 * @category models
 * @since 0.1.0
 */
export const CoverageInput = Schema.Struct({
  rule: CoverageRule,
  counts: Schema.Array(Schema.Struct({ code: DivisionCode, count: Count })),
  disasterProneCounties: Schema.optionalKey(Schema.Array(DivisionCode)),
  capableCounties: Schema.optionalKey(Schema.Array(DivisionCode)),
  minimum: Schema.optionalKey(Count),
}).annotate({ identifier: "CoverageInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type CoverageInput = typeof CoverageInput.Type

/**
 * One unit a rule applies to.
 *
 * @category models
 * @since 0.1.0
 */
export interface CoverageUnit {
  readonly code: string
  readonly name: Text
  readonly level: "region" | "city" | "county"
  readonly minimum: number
  readonly count: number
  readonly covered: boolean
}

/**
 * Result of {@link coverage}: the rule's source quote, every unit it applies to, and the
 * codes covered and missing.
 *
 * @category models
 * @since 0.1.0
 */
export interface Coverage {
  readonly rule: CoverageRule
  readonly quote: string
  readonly units: ReadonlyArray<CoverageUnit>
  readonly covered: ReadonlyArray<string>
  readonly missing: ReadonlyArray<string>
}

/**
 * Why coverage cannot be computed.
 *
 * @category models
 * @since 0.1.0
 */
export type CoverageError = FormulaError<"UnknownUnit" | "NotACounty" | "DuplicateUnit"> & { readonly path: ReadonlyArray<PropertyKey> }

const unitsOf = (
  responsible: Responsible,
  input: CoverageInput,
): ReadonlyArray<{ code: string; name: Text; level: CoverageUnit["level"] }> => {
  const cityUnits = cities.map((c) => ({ code: c.code, name: c.name, level: "city" as const }))
  const pick = (codes: ReadonlyArray<string> | undefined) =>
    counties.filter((c) => codes?.includes(c.code) === true).map((c) => ({ code: c.code, name: c.name, level: "county" as const }))
  switch (responsible) {
    case "everyPrefectureCity":
      return cityUnits
    case "everyPrefectureCityAndDisasterProneCounty":
      return [...cityUnits, ...pick(input.disasterProneCounties)]
    case "prefectureCitiesAndCapableCounties":
      return [...cityUnits, ...pick(input.capableCounties)]
    case "regionAndGuyuan": {
      const guyuan = cityUnits.filter((c) => c.name.zh === "固原市")
      return [{ code: regions.region.code, name: regions.region.name, level: "region" as const }, ...guyuan]
    }
    default:
      return [{ code: regions.region.code, name: regions.region.name, level: "region" as const }]
  }
}

const knownCodes = new Set<string>([regions.region.code, ...cities.map((c) => c.code), ...counties.map((c) => c.code)])
const countyCodes = new Set<string>(counties.map((c) => c.code))

/**
 * Which units a coverage rule applies to, which meet it (count ≥ the rule's minimum,
 * 至少 1 支 unless given) and which are missing.
 *
 * The plan: 「地市级和灾害多发的县（区）红十字会至少建立 1 支救援队伍」, and likewise for
 * volunteer service teams, relief depots and stem-cell and blood volunteer teams.
 *
 * @example
 * ```ts
 * import * as Result from "effect/Result"
 * const r = coverage({ rule: "rescue-teams", counts: [{ code: "640100", count: 2 }], disasterProneCounties: ["640522"] })
 * Result.isSuccess(r) && r.success.covered // => ["640100"]
 * Result.isSuccess(r) && r.success.missing // => ["640200", "640300", "640400", "640500", "640522"]
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const coverage = (input: CoverageInput): Result.Result<Coverage, CoverageError> => {
  const seen = new Set<string>()
  for (const [i, row] of input.counts.entries()) {
    if (!knownCodes.has(row.code)) {
      return Result.fail({
        ...formulaError("UnknownUnit", `unknown unit ${row.code}`, `未知的行政区划代码 ${row.code}`),
        path: ["counts", i, "code"],
      })
    }
    if (seen.has(row.code)) {
      return Result.fail({
        ...formulaError("DuplicateUnit", `${row.code} is listed twice`, `${row.code} 重复出现`),
        path: ["counts", i, "code"],
      })
    }
    seen.add(row.code)
  }
  for (const key of ["disasterProneCounties", "capableCounties"] as const) {
    for (const [i, code] of (input[key] ?? []).entries()) {
      if (!countyCodes.has(code)) {
        return Result.fail({
          ...formulaError("NotACounty", `${code} is not a county-level unit`, `${code} 不是县级行政区`),
          path: [key, i],
        })
      }
    }
  }
  const id = coverageRules[input.rule]
  const target = targets.find((t) => t.id === id)
  const responsible: Responsible = target !== undefined && "responsible" in target ? target.responsible : "region"
  const ruleMinimum = target !== undefined && "quantity" in target ? target.quantity.value : 1
  const minimum = input.minimum ?? ruleMinimum
  const countOf = new Map(input.counts.map((c) => [c.code, c.count]))
  const units = unitsOf(responsible, input).map((u) => {
    const count = countOf.get(u.code) ?? 0
    return { ...u, minimum, count, covered: count >= minimum }
  })
  return Result.succeed({
    rule: input.rule,
    quote: target?.source.quote ?? "",
    units,
    covered: units.filter((u) => u.covered).map((u) => u.code),
    missing: units.filter((u) => !u.covered).map((u) => u.code),
  })
}

/**
 * {@link coverage} for plain callers.
 *
 * @example
 * ```ts
 * coverageFromUnknown({ rule: "rescue-teams", counts: [{ code: "110000", count: 1 }] }).ok // => false
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const coverageFromUnknown = plainEntry(CoverageInput, coverage)

/**
 * The 14th plan's figures that the formulas use as defaults, read from the small data
 * literals (figures.ts, which the target statements also use; indicators; regions) so that no figure is typed twice and a
 * formula import does not pull in the plan's full text.
 *
 * @since 0.1.0
 */
import { baselineEndOf2020, goalFigures, planPeriod } from "../data/figures.ts"
import { indicatorTable } from "../data/indicators.ts"
import { regionsData } from "../data/regions.ts"

export { quoteOf } from "./Quotes.ts"

const pupilsPerTeacherOf = (printed: string): number => {
  const m = /[:：]\s*(\d+)$/.exec(printed)
  if (m?.[1] === undefined) throw new RangeError(`"${printed}" is not a 1:N ratio`)
  return Number(m[1])
}

const indicatorIncrease = (id: string): number => {
  const row = indicatorTable.rows.find((r) => r.id === id)
  if (row === undefined) throw new RangeError(`no indicator "${id}"`)
  return row.increase.value
}

const regionCensus = regionsData.region.population.find((f) => f.kind === "census")
if (regionCensus === undefined) throw new RangeError("no census figure for the region")

/**
 * A plan period in whole calendar years, inclusive (2021–2025).
 *
 * @category models
 * @since 0.1.0
 */
export interface PlanPeriod {
  readonly from: number
  readonly to: number
}

/**
 * The 14th plan's defaults for every formula, each read from the data.
 *
 * @example
 * ```ts
 * planDefaults.certificateShare // => 0.02
 * planDefaults.pupilsPerTeacher // => 50
 * planDefaults.stemCellRegistryTotal - planDefaults.stemCellRegistryIncrease // => 29000
 * planDefaults.period // => { from: 2021, to: 2025 }
 * ```
 *
 * @category constants
 * @since 0.1.0
 */
export const planDefaults = {
  /** The plan period, 2021–2025. */
  period: { from: planPeriod.from, to: planPeriod.to } satisfies PlanPeriod,
  /** The year whose end is the baseline (较 2020 年末). */
  baselineYear: baselineEndOf2020.year,
  /** 2020 census resident population of the region. */
  population: regionCensus.value,
  /** Minimum share of certificate holders in the population (不少于 2%). */
  certificateShare: goalFigures.certificateShare.value,
  /** Increase in certificate holders over end-2020 (增加 8 万人). */
  certificateIncrease: goalFigures.certificateHoldersIncrease.value,
  /** Pupils per first-aid-trained teacher (师生比例不少于 1:50). */
  pupilsPerTeacher: pupilsPerTeacherOf(goalFigures.teacherRatio.printed),
  /** Total capacity of the stem-cell donor registry (总库容达到 3.7 万人份). */
  stemCellRegistryTotal: goalFigures.stemCellRegistryTotal.value,
  /** Added capacity of the registry (新增造血干细胞库容 8000人份). */
  stemCellRegistryIncrease: goalFigures.stemCellRegistryIncrease.value,
  /** Stem-cell donations (力争造血干细胞捐献突破 100 例). */
  stemCellDonations: goalFigures.stemCellDonations.value,
  /** Funds raised every year (每年募集资金 150 万元). */
  fundsPerYear: goalFigures.fundsPerYear.value,
  /** Total funds raised (募捐筹资总额达 750 万元). */
  fundsTotal: goalFigures.fundsTotal.value,
  /** The table's “十四五”增加值 for funds raised (750 万元). */
  fundsTableIncrease: indicatorIncrease("funds-raised"),
} as const

/**
 * The 14th plan's figures that the formulas use as defaults, read from the small data
 * literals (targets, indicators, metadata, regions) so that no figure is typed twice and a
 * formula import does not pull in the plan's full text.
 *
 * @since 0.1.0
 */
import { indicatorTable } from "../data/indicators.ts"
import { metadata } from "../data/metadata.ts"
import { regionsData } from "../data/regions.ts"
import { type TargetStatementId, targets } from "../data/targets.ts"

type TargetLiteral = (typeof targets)[number]

const targetLiteral = (id: TargetStatementId): TargetLiteral => {
  const found = targets.find((t) => t.id === id)
  // A missing id is a bug in the data literal, not bad user input.
  if (found === undefined) throw new RangeError(`no target "${id}" in the data`)
  return found
}

const quantityOf = (id: TargetStatementId): { readonly printed: string; readonly value: number } => {
  const t = targetLiteral(id)
  if (!("quantity" in t)) throw new RangeError(`target "${id}" has no quantity`)
  return t.quantity
}

/**
 * The verbatim Chinese quote of a target statement, as stored in the data.
 *
 * @example
 * ```ts
 * quoteOf("certificate-share-goal") // => "全区取得应急救护培训证书人数占总人口比例不少于 2%"
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const quoteOf = (id: TargetStatementId): string => targetLiteral(id).source.quote

const pupilsPerTeacherOf = (printed: string): number => {
  const m = /[:：]\s*(\d+)$/.exec(printed)
  if (m?.[1] === undefined) throw new RangeError(`"${printed}" is not a 1:N ratio`)
  return Number(m[1])
}

const baselineYearOf = (id: TargetStatementId): number => {
  const t = targetLiteral(id)
  if (!("baseline" in t)) throw new RangeError(`target "${id}" has no baseline`)
  return t.baseline.year
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
  period: { from: metadata.period.from, to: metadata.period.to } satisfies PlanPeriod,
  /** The year whose end is the baseline (较 2020 年末). */
  baselineYear: baselineYearOf("certificate-holders-goal"),
  /** 2020 census resident population of the region. */
  population: regionCensus.value,
  /** Minimum share of certificate holders in the population (不少于 2%). */
  certificateShare: quantityOf("certificate-share-goal").value,
  /** Increase in certificate holders over end-2020 (增加 8 万人). */
  certificateIncrease: quantityOf("certificate-holders-goal").value,
  /** Pupils per first-aid-trained teacher (师生比例不少于 1:50). */
  pupilsPerTeacher: pupilsPerTeacherOf(quantityOf("teacher-ratio-goal").printed),
  /** Total capacity of the stem-cell donor registry (总库容达到 3.7 万人份). */
  stemCellRegistryTotal: quantityOf("stem-cell-registry-total-goal").value,
  /** Added capacity of the registry (新增造血干细胞库容 8000人份). */
  stemCellRegistryIncrease: quantityOf("stem-cell-registry-increase-goal").value,
  /** Stem-cell donations (力争造血干细胞捐献突破 100 例). */
  stemCellDonations: quantityOf("stem-cell-donations-goal").value,
  /** Funds raised every year (每年募集资金 150 万元). */
  fundsPerYear: quantityOf("funds-raised-yearly-goal").value,
  /** Total funds raised (募捐筹资总额达 750 万元). */
  fundsTotal: quantityOf("funds-raised-total-goal").value,
  /** The table's “十四五”增加值 for funds raised (750 万元). */
  fundsTableIncrease: indicatorIncrease("funds-raised"),
} as const

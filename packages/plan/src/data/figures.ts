/**
 * The plan period and the goals' figures that the formulas default to. The target
 * statements in `targets.ts` use these records, so each figure is typed once, and a
 * formula import reads them without pulling in every target's quote.
 */
import type { Quantity } from "../model/Quantity.ts"

export const planPeriod = { from: 2021, to: 2025 } as const

/** 较 2020 年末: the end of the year before the plan period. */
export const baselineEndOf2020 = { year: 2020, point: "yearEnd" } as const

export const goalFigures = {
  /** 取得应急救护培训证书人员较 2020 年末增加 8 万人 */
  certificateHoldersIncrease: { printed: "8", unit: { base: "person", scale: 10_000 }, value: 80_000 },
  /** 占总人口比例不少于 2% */
  certificateShare: { printed: "2%", unit: { base: "share", scale: 1 }, value: 0.02 },
  /** 师生比例不少于 1:50 */
  teacherRatio: { printed: "1:50", unit: { base: "ratio", scale: 1 }, value: 0.02 },
  /** 新增造血干细胞库容 8000人份 */
  stemCellRegistryIncrease: { printed: "8000", unit: { base: "donorRecord", scale: 1 }, value: 8_000 },
  /** 总库容达到 3.7 万人份 */
  stemCellRegistryTotal: { printed: "3.7", unit: { base: "donorRecord", scale: 10_000 }, value: 37_000 },
  /** 力争造血干细胞捐献突破 100 例 */
  stemCellDonations: { printed: "100", unit: { base: "case", scale: 1 }, value: 100 },
  /** 每年募集资金 150 万元 */
  fundsPerYear: { printed: "150", unit: { base: "yuan", scale: 10_000 }, value: 1_500_000 },
  /** 募捐筹资总额达 750 万元 */
  fundsTotal: { printed: "750", unit: { base: "yuan", scale: 10_000 }, value: 7_500_000 },
} as const satisfies Record<string, typeof Quantity.Encoded>

/**
 * The reviewed list of numbers in the text that are not target figures. Together with
 * the targets, the indicator table and the headings' own numbers, it accounts for every
 * number in the text: the tests fail on a number that is in none of them.
 */
import type { NotATarget } from "../model/NumberTrace.ts"

const planPeriod = { zh: "规划期", en: "Plan period" } as const
const documentNumber = { zh: "文件编号（年份和序号）", en: "Document number (year and serial)" } as const

export const notTargets = [
  { figure: "2021-2025", quote: "规划（2021-2025年）", section: "title", role: "period", note: planPeriod },
  {
    figure: "2021-2025",
    quote: "《中国红十字事业发展“十四五”规划（2021-2025年）》",
    section: "preamble",
    role: "period",
    note: { zh: "所依据的全国规划的期限", en: "Period of the national plan cited as basis" },
  },
  {
    figure: "2021-2025",
    quote: "《宁夏回族自治区红十字事业发展规划（2021-2025年）》",
    section: "preamble",
    role: "period",
    note: { zh: "所依据的自治区规划的期限", en: "Period of the regional plan cited as basis" },
  },
  { figure: "〔2019〕88", quote: "（宁应急〔2019〕88号）", section: "task-1", role: "documentNumber", note: documentNumber },
  { figure: "〔2019〕45", quote: "（宁红会字〔2019〕45号）", section: "task-2", role: "documentNumber", note: documentNumber },
  { figure: "〔2019〕63", quote: "（宁红会字〔2019〕63号）", section: "task-2", role: "documentNumber", note: documentNumber },
  { figure: "〔2021〕4", quote: "（宁红会字〔2021〕4号）", section: "task-2", role: "documentNumber", note: documentNumber },
  {
    figure: "99",
    quote: "“99 公益日”",
    section: "task-4",
    role: "name",
    note: { zh: "“99 公益日”是网络募捐活动的名称", en: "“99 Giving Day” is the name of an online giving campaign" },
  },
  {
    figure: "99",
    quote: "“99 公益日”",
    section: "column-4/item-03",
    role: "name",
    note: { zh: "“99 公益日”是网络募捐活动的名称", en: "“99 Giving Day” is the name of an online giving campaign" },
  },
  { figure: "〔2020〕137", quote: "（宁红会字〔2020〕137号）", section: "task-5", role: "documentNumber", note: documentNumber },
  { figure: "〔2020〕136", quote: "（宁红会字〔2020〕136号）", section: "task-8", role: "documentNumber", note: documentNumber },
  {
    figure: "2021年3月24",
    quote: "2021年3月24日印发",
    section: "colophon",
    role: "date",
    note: { zh: "印发日期", en: "Date of issue" },
  },
  { figure: "29", quote: "印 29 份", section: "colophon", role: "printRun", note: { zh: "印数", en: "Copies printed" } },
] as const satisfies ReadonlyArray<typeof NotATarget.Encoded>

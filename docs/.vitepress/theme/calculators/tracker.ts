/**
 * Progress tracker: actual values per indicator and year, evaluated by the library
 * (`evaluatePlanFromUnknown`, with its counts per category of every method, and
 * `progressPathFromUnknown` for the chart) under the chosen method. The
 * entries are kept as typed text (valid or not) in localStorage, and can be exported and
 * re-imported as JSON or uploaded as CSV.
 */
import * as Schema from "effect/Schema"
import { decodeField, type FieldSpec, fieldMessage } from "./core/fields.ts"
import {
  cagrStatusNames,
  categoriesOf as categoriesOfResult,
  type EvaluationTarget,
  evaluatePlanFromUnknown,
  IsoDate,
  type Locale,
  linearStatusNames,
  makeDecoder,
  messageIn,
  notApplicableReasons,
  type PlanEvaluation,
  type ProgressPath,
  planDefaults,
  planEvaluationTargets,
  progressChartStatusNames,
  progressPathFromUnknown,
  type Text,
} from "./core/library.ts"
import type { RawRow, RowError } from "./core/table.ts"

/** The evaluation methods: China's plan evaluations (default), Statistics Canada, UN Progress Chart. */
export const methods = [
  {
    key: "linear",
    label: {
      zh: "中国规划评估（线性进度：提前实现 / 快于预期 / 基本符合预期 / 相对滞后）",
      en: "China's plan evaluations (linear pacing)",
    },
  },
  { key: "cagr", label: { zh: "加拿大统计局 / Open SDG（年均增长率比值）", en: "Statistics Canada / Open SDG (CAGR ratio)" } },
  { key: "progressChart", label: { zh: "联合国 SDG 进展图（预测比值）", en: "UN SDG Progress Chart (projection ratio)" } },
] as const

/** A method's key. */
export type MethodKey = (typeof methods)[number]["key"]

/** The targets the tracker lists: the 15 main indicators first, then prose targets with a figure. */
export const trackerTargets: ReadonlyArray<EvaluationTarget> = planEvaluationTargets

/** The period's years. */
export const periodYears: ReadonlyArray<number> = Array.from(
  { length: planDefaults.period.to - planDefaults.period.from + 1 },
  (_, i) => planDefaults.period.from + i,
)

/** What the tracker stores: typed text per target key and year. */
export const TrackerData = Schema.Struct({
  version: Schema.Literal(1),
  entries: Schema.Record(Schema.String, Schema.Record(Schema.String, Schema.String)),
})

/** @see TrackerData */
export type TrackerData = typeof TrackerData.Type

const decodeTrackerData = makeDecoder(TrackerData)

/** An empty tracker. */
export const emptyTracker = (): TrackerData => ({ version: 1, entries: {} })

/** The storage key in localStorage. */
export const storageKey = "ningxia-redcross-plan:tracker:v1"

/** Decodes stored or imported JSON text; bad text gives a message, never an exception. */
export const parseTrackerJson = (
  text: string,
  locale: Locale,
): { readonly ok: true; readonly value: TrackerData } | { readonly ok: false; readonly message: string } => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: locale === "zh" ? "不是有效的 JSON 文件。" : "This is not a valid JSON file." }
  }
  const decoded = decodeTrackerData(json)
  if (decoded.ok) return decoded
  const first = decoded.issues[0]
  return {
    ok: false,
    message:
      locale === "zh"
        ? `JSON 内容不符合进度数据格式（${first?.at ?? ""}：${messageIn(first?.message ?? "", "zh")}）`
        : `The JSON is not tracker data (${first?.at ?? ""}: ${first?.message ?? ""})`,
  }
}

const valueField = (target: EvaluationTarget, year: number): FieldSpec => ({
  key: `${target.key}:${year}`,
  label: { zh: `${target.label.zh}（${year} 年）`, en: `${target.label.en} (${year})` },
  kind: "amount",
  max: 1e12,
  optional: true,
})

/** The decoded observations of every target, and a message per bad entry. */
export const decodeEntries = (
  data: TrackerData,
  locale: Locale,
): {
  readonly observations: Readonly<Record<string, ReadonlyArray<{ year: number; value: number }>>>
  readonly errors: Readonly<Record<string, string>>
} => {
  const observations: Record<string, Array<{ year: number; value: number }>> = {}
  const errors: Record<string, string> = {}
  for (const target of trackerTargets) {
    for (const year of periodYears) {
      const raw = data.entries[target.key]?.[String(year)]
      const decoded = decodeField(valueField(target, year), raw, locale)
      if (!decoded.ok) errors[`${target.key}:${year}`] = decoded.message
      else if (decoded.value !== undefined) observations[target.key] = [...(observations[target.key] ?? []), { year, value: decoded.value }]
    }
  }
  return { observations, errors }
}

const dateField = { key: "date", label: { zh: "评估日期", en: "Evaluation date" } }

/** The whole-plan evaluation at a date, or why it cannot be made. */
export const evaluateTracker = (
  data: TrackerData,
  date: string,
  locale: Locale,
): {
  readonly result: PlanEvaluation | undefined
  readonly dateError: string | undefined
  readonly entryErrors: Readonly<Record<string, string>>
} => {
  const { observations, errors } = decodeEntries(data, locale)
  const dateOk = makeDecoder(IsoDate)(date.trim())
  if (!dateOk.ok)
    return { result: undefined, dateError: fieldMessage(dateField.label, dateOk.issues[0]?.message ?? "", locale), entryErrors: errors }
  const output = evaluatePlanFromUnknown({
    date: dateOk.value,
    data: Object.fromEntries(Object.entries(observations).map(([key, points]) => [key, { observations: points }])),
  })
  if (!output.ok)
    return { result: undefined, dateError: output.issues.map((i) => messageIn(i.message, locale)).join(" "), entryErrors: errors }
  return { result: output.value, dateError: undefined, entryErrors: errors }
}

/** A status under a method (the library's category), named in the page's language, or why the method does not apply. */
export const statusOf = (
  evaluation: PlanEvaluation["items"][number]["result"],
  method: MethodKey,
  locale: Locale,
): { readonly key: string; readonly text: string } => {
  const pick = (t: Text) => (locale === "zh" ? t.zh : t.en)
  const key = categoriesOfResult(evaluation)[method]
  if (key === "noData") return { key, text: locale === "zh" ? "无数据" : "No data" }
  if (evaluation._tag !== "Evaluated") return { key, text: "message" in evaluation ? messageIn(evaluation.message, locale) : "—" }
  if (method === "linear") return { key, text: pick(linearStatusNames[evaluation.linear.status]) }
  if (method === "cagr") {
    const a = evaluation.cagr
    return { key, text: pick(a._tag === "Assessed" ? cagrStatusNames[a.status] : notApplicableReasons[a.reason]) }
  }
  const a = evaluation.progressChart
  return { key, text: pick(a._tag === "Assessed" ? progressChartStatusNames[a.status] : notApplicableReasons[a.reason]) }
}

/** The category names of a method, in order, for the summary. */
export const categoriesOf = (method: MethodKey): ReadonlyArray<{ readonly key: string; readonly name: Text }> => {
  const names: Readonly<Record<string, Text>> =
    method === "linear" ? linearStatusNames : method === "cagr" ? cagrStatusNames : progressChartStatusNames
  return [
    ...Object.entries(names).map(([key, name]) => ({ key, name })),
    { key: "notApplicable", name: { zh: "方法不适用", en: "Method not applicable" } },
    { key: "noData", name: { zh: "无数据", en: "No data" } },
    { key: "error", name: { zh: "数据有误", en: "Data error" } },
  ]
}

/** How many main indicators fall in each category of a method: the library's `countsByMethod`. */
export const tally = (evaluation: PlanEvaluation, method: MethodKey): Readonly<Record<string, number>> => evaluation.countsByMethod[method]

/** The chosen target's actual values beside its target path, year by year, from the library's `progressPath`. */
export const seriesOf = (
  target: EvaluationTarget,
  observations: ReadonlyArray<{ year: number; value: number }>,
): ProgressPath | undefined => {
  const output = progressPathFromUnknown({
    kind: target.kind,
    target: target.target,
    ...(target.baseline === undefined ? {} : { baseline: target.baseline }),
    observations,
  })
  return output.ok ? output.value : undefined
}

/** Columns of the tracker's CSV: indicator (key, sequence or name), year, value. */
export const csvColumns = [
  { key: "indicator", label: { zh: "指标", en: "Indicator" }, kind: "text", aliases: ["key", "subject", "序号", "指标名称"] },
  { key: "year", label: { zh: "年份", en: "Year" }, kind: "year" },
  { key: "value", label: { zh: "实际值", en: "Actual value" }, kind: "amount", max: 1e12, aliases: ["value", "数值", "实际"] },
] as const

/** Which target a CSV cell names: its key, its sequence in the table, or its name in either language. */
export const targetNamed = (text: string): EvaluationTarget | undefined => {
  const t = text.trim()
  const indicators = trackerTargets.filter((x) => x.source === "indicator")
  if (/^\d+$/.test(t)) return indicators[Number(t) - 1]
  return trackerTargets.find((x) => x.key === t || x.label.zh === t || x.label.en.toLowerCase() === t.toLowerCase())
}

/** The CSV template: every target and year, values empty. */
export const templateRows = (locale: Locale): ReadonlyArray<ReadonlyArray<string>> => [
  csvColumns.map((c) => (locale === "zh" ? c.label.zh : c.label.en)),
  ...trackerTargets.flatMap((t) => periodYears.map((year) => [t.key, String(year), ""])),
]

/** Rows of an uploaded CSV as entries; unknown indicators and years outside the period are rejected by line. */
export const entriesFromRows = (
  decoded: ReadonlyArray<{ readonly line: number; readonly values: Readonly<Record<string, string | number | undefined>> }>,
  locale: Locale,
): { readonly entries: ReadonlyArray<{ key: string; year: number; value: number }>; readonly errors: ReadonlyArray<RowError> } => {
  const entries: Array<{ key: string; year: number; value: number }> = []
  const errors: Array<RowError> = []
  for (const row of decoded) {
    const target = targetNamed(String(row.values.indicator ?? ""))
    const year = row.values.year
    const value = row.values.value
    if (target === undefined)
      errors.push({
        line: row.line,
        reason: locale === "zh" ? `未知的指标“${String(row.values.indicator)}”` : `unknown indicator “${String(row.values.indicator)}”`,
      })
    else if (typeof year !== "number" || !periodYears.includes(year))
      errors.push({
        line: row.line,
        reason: locale === "zh" ? `${String(year)} 年不在规划期内` : `${String(year)} is outside the plan period`,
      })
    else if (typeof value === "number") entries.push({ key: target.key, year, value })
  }
  return { entries, errors }
}

/** Rows read from a file or paste, with the header first. */
export type TrackerRows = ReadonlyArray<RawRow>

/**
 * `evaluate <file> --date YYYY-MM-DD --method china|statcan|un`: the whole plan at a date
 * from a progress report, with the status under one method.
 */
import { evaluatePlan, IsoDate, type PlanEvaluationItem } from "../../evaluation/Evaluate.ts"
import { cagrStatusNames, linearStatusNames, notApplicableReasons, progressChartStatusNames } from "../../evaluation/Methods.ts"
import { aggregate, evaluationData, ningxiaUnits } from "../../reports/Aggregate.ts"
import { makeDecoder } from "../../Validation.ts"
import { type Command, dataError, usageError } from "../Command.ts"
import type { Cell } from "../Output.ts"
import { encodingNote } from "../Report.ts"
import { errorsOutput, loadReport } from "./Validate.ts"

/** The evaluation methods: China's linear pacing, Statistics Canada's CAGR ratio, the UN Progress Chart. */
export const methods = ["china", "statcan", "un"] as const

/** One of {@link methods}. */
export type Method = (typeof methods)[number]

const isMethod = (value: string): value is Method => (methods as ReadonlyArray<string>).includes(value)

const methodNames: Readonly<Record<Method, string>> = {
  china: "linear pacing (时间过半、任务过半): 提前实现 / 快于预期 / 基本符合预期 / 相对滞后",
  statcan: "Statistics Canada CAGR ratio (Open SDG): achieved / substantial / moderate / limited / deterioration",
  un: "UN SDG Progress Chart projection ratio: on track / acceleration needed / stagnation or regression",
}

const decodeDate = makeDecoder(IsoDate)

const percent = (x: number | undefined): Cell => (x === undefined || !Number.isFinite(x) ? null : `${(x * 100).toFixed(1)}%`)
const round = (x: number | undefined, digits = 2): Cell => (x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits)))

/** The status of one evaluated target under a method: a key, a bilingual label and the method's ratio. */
export const statusUnder = (item: PlanEvaluationItem, method: Method): { key: string; label: string; ratio: number | undefined } => {
  const r = item.result
  if (r._tag === "NoData") return { key: "noData", label: "no data 无数据", ratio: undefined }
  if (r._tag !== "Evaluated") return { key: "error", label: `error: ${r.message}`, ratio: undefined }
  if (method === "china") {
    const name = linearStatusNames[r.linear.status]
    return { key: r.linear.status, label: `${name.zh} ${name.en}`, ratio: r.linear.paceRatio }
  }
  if (method === "statcan") {
    const a = r.cagr
    if (a._tag === "NotApplicable")
      return { key: "notApplicable", label: `not applicable: ${notApplicableReasons[a.reason].en}`, ratio: undefined }
    const name = cagrStatusNames[a.status]
    return { key: a.status, label: `${name.zh} ${name.en}`, ratio: a.ratio }
  }
  const a = r.progressChart
  if (a._tag === "NotApplicable")
    return { key: "notApplicable", label: `not applicable: ${notApplicableReasons[a.reason].en}`, ratio: undefined }
  const name = progressChartStatusNames[a.status]
  return { key: a.status, label: `${name.zh} ${name.en}`, ratio: a.ratio }
}

export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "evaluate the plan at a date from a progress report",
  usage: "evaluate <file> --date YYYY-MM-DD [--method china|statcan|un] [--area 640000] [--format table|json|csv]",
  description: [
    "Checks the report (as validate does), adds it up for the region or one city (increments sum,",
    "stocks take the latest level, shares add numerators and denominators) and evaluates every",
    "main indicator and prose target with data at the date: completion, the share expected under",
    "linear pacing, the status under the chosen method, and the projected end value.",
    "Mid-term: --date 2023-12-31; final evaluation: --date 2025-12-31.",
    "",
    "Methods:",
    ...methods.map((m) => `  ${m.padEnd(8)} ${methodNames[m]}`),
    "Growth-rate methods (statcan, un) do not apply to increments counted from zero; the row says so.",
    "Exit code 1 if the report has rows with errors (nothing is evaluated then).",
  ],
  options: {
    date: { type: "string", value: "YYYY-MM-DD", help: "the evaluation date (required)" },
    method: { type: "string", short: "m", value: "china|statcan|un", help: "the status method (default: china)" },
    area: { type: "string", value: "code", help: "640000 for the region (default) or a city code such as 640100" },
  },
  positionals: { min: 1, max: 1 },
  examples: ["evaluate report.csv --date 2025-12-31", "evaluate report.csv --date 2023-12-31 --method statcan --format json"],
  run: (args, io) => {
    const path = args.positionals[0] ?? ""
    const date = args.values.date
    if (typeof date !== "string") return usageError("evaluate needs --date YYYY-MM-DD (e.g. --date 2025-12-31 for the final evaluation)")
    const decodedDate = decodeDate(date)
    if (!decodedDate.ok) return usageError(`--date ${date}: ${decodedDate.issues.map((i) => i.message).join("; ")}`)
    const method = args.values.method ?? "china"
    if (typeof method !== "string" || !isMethod(method))
      return usageError(`--method must be one of ${methods.join(", ")}, not “${String(method)}”`)
    const area = args.values.area ?? ningxiaUnits.region
    if (typeof area !== "string" || (area !== ningxiaUnits.region && !ningxiaUnits.cities.includes(area))) {
      return usageError(`--area must be ${ningxiaUnits.region} (the region) or a city code: ${ningxiaUnits.cities.join(", ")}`)
    }
    const loaded = loadReport(path, io)
    if (!loaded.ok) return loaded.failure
    const notes = encodingNote(loaded.report.encoding)
    if (loaded.errors.length > 0) {
      const total = loaded.report.rows.length + loaded.report.problems.length
      const bad = new Set(loaded.errors.map((e) => e.line)).size
      return dataError(
        `${path}: ${bad} of ${total} rows have errors; nothing was evaluated`,
        errorsOutput(path, loaded.errors, total, notes),
      )
    }
    const evaluation = evaluatePlan({ date: decodedDate.value, data: evaluationData(aggregate(loaded.checked.accepted), area) })
    const items = evaluation.items.map((item) => {
      const status = statusUnder(item, method)
      const r = item.result
      const evaluated = r._tag === "Evaluated" ? r : undefined
      return { item, status, evaluated }
    })
    const counts: Record<string, number> = {}
    for (const { item, status } of items) if (item.target.source === "indicator") counts[status.key] = (counts[status.key] ?? 0) + 1
    const rows = items.map(({ item, status, evaluated }) => ({
      key: item.target.key,
      name: item.target.label.zh,
      source: item.target.source,
      kind: item.target.kind,
      target: item.target.target,
      achieved: round(evaluated?.achieved),
      completion: percent(evaluated?.completion),
      expected: percent(evaluated?.expected),
      status: status.label,
      ratio: round(status.ratio),
      projected: round(method === "china" ? evaluated?.projectedLinear : (evaluated?.projectedCompound ?? evaluated?.projectedLinear), 0),
    }))
    return {
      ok: true,
      output: {
        table: {
          columns: [
            { key: "key", header: "target" },
            { key: "name", header: "名称" },
            { key: "kind", header: "kind" },
            { key: "target", header: "goal", align: "right" },
            { key: "achieved", header: "achieved", align: "right" },
            { key: "completion", header: "done", align: "right" },
            { key: "expected", header: "expected", align: "right" },
            { key: "ratio", header: "ratio", align: "right" },
            { key: "projected", header: "projected", align: "right" },
            { key: "status", header: "status" },
          ],
          rows,
        },
        json: {
          date: evaluation.date,
          method,
          area,
          summary: evaluation.summary,
          counts,
          lackingData: evaluation.lackingData,
          items: items.map(({ item, status }) => ({
            key: item.target.key,
            source: item.target.source,
            status: status.key,
            result: item.result,
          })),
        },
        notes: [
          ...notes,
          `Method: ${methodNames[method]}`,
          `Main indicators by status: ${Object.entries(counts)
            .map(([k, n]) => `${k} ${n}`)
            .join(", ")}`,
          `${evaluation.summary.zh}。${evaluation.summary.en} (linear pacing, at ${evaluation.date}, area ${area}).`,
        ],
      },
    }
  },
}

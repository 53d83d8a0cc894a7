/**
 * `validate <file>`: checks a progress report row by row; exit code 1 if any row is rejected.
 */
import { type CheckedReport, checkObservations } from "../../reports/Aggregate.ts"
import { type Command, type CommandResult, dataError, type Io } from "../Command.ts"
import type { Output } from "../Output.ts"
import { encodingNote, type ReadReport, readReport } from "../Report.ts"

/** A report read and checked, or the failure to print. */
export type LoadedReport =
  | {
      readonly ok: true
      readonly report: Extract<ReadReport, { ok: true }>
      readonly checked: CheckedReport
      readonly errors: ReadonlyArray<RowError>
    }
  | { readonly ok: false; readonly failure: CommandResult }

/** One row-level error: the line and what is wrong. */
export interface RowError {
  readonly line: number | null
  readonly message: string
}

/** Reads and checks a report file; file-level problems (missing, bad encoding, bad header) fail with exit code 2 or 1. */
export const loadReport = (path: string, io: Io): LoadedReport => {
  const file = io.readFile(path)
  if (!file.ok) return { ok: false, failure: { ok: false, exitCode: 2, message: file.message } }
  const report = readReport(path, file.bytes)
  if (!report.ok) {
    const where = report.line === undefined ? "" : `:${report.line}`
    return { ok: false, failure: dataError(`${path}${where}: ${report.message.replace(`${path}: `, "")}`) }
  }
  const checked = checkObservations(report.rows)
  const errors: Array<RowError> = [
    ...report.problems.map((p) => ({ line: p.line, message: p.message })),
    ...checked.rejected.flatMap((r) => r.reasons.map((message) => ({ line: r.line, message }))),
  ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { ok: true, report, checked, errors }
}

/** The table of row errors. */
export const errorsOutput = (path: string, errors: ReadonlyArray<RowError>, rows: number, notes: ReadonlyArray<string>): Output => ({
  table: {
    columns: [
      { key: "line", header: "line", align: "right" },
      { key: "message", header: "error" },
    ],
    rows: errors.map((e) => ({ line: e.line, message: e.message })),
  },
  json: { file: path, valid: false, rows, errors },
  notes,
})

export const validateCommand: Command = {
  name: "validate",
  summary: "check a progress-report CSV or JSON file row by row",
  usage: "validate <file> [--format table|json|csv]",
  description: [
    "Decodes every row of a progress report (CSV with a header row, or JSON) and checks it: known",
    "indicator and region code, a year inside 2021–2025 (2020 as a baseline for stocks and shares),",
    "no negative or non-numeric values, numerator and denominator for shares, no duplicates.",
    "Every rejected row is printed with its line number; nothing is dropped silently.",
    "",
    "CSV columns: region, indicator, year or date, value (or numerator and denominator);",
    "Chinese headers 地区, 指标, 年份, 日期, 数值, 分子, 分母 work too. Files saved by Excel in GBK",
    "are detected and decoded. Exit code 0 if every row is valid, 1 if any is not.",
  ],
  options: {},
  positionals: { min: 1, max: 1 },
  examples: ["validate report.csv", "validate report.json --format json"],
  run: (args, io) => {
    const path = args.positionals[0] ?? ""
    const loaded = loadReport(path, io)
    if (!loaded.ok) return loaded.failure
    const { report, checked, errors } = loaded
    const notes = encodingNote(report.encoding)
    const total = report.rows.length + report.problems.length
    if (errors.length > 0) {
      const bad = new Set(errors.map((e) => e.line)).size
      return dataError(`${path}: ${bad} of ${total} rows have errors (${errors.length} in all)`, errorsOutput(path, errors, total, notes))
    }
    const counts = new Map<string, number>()
    for (let r = 0; r < checked.accepted.size; r++) {
      const key = checked.accepted.indicators[checked.accepted.indicator[r] ?? 0]?.key ?? ""
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    const rows = [...counts].map(([indicator, count]) => ({ indicator, rows: count }))
    return {
      ok: true,
      output: {
        table: {
          columns: [
            { key: "indicator", header: "indicator" },
            { key: "rows", header: "rows", align: "right" },
          ],
          rows,
        },
        json: { file: path, valid: true, rows: total, format: report.format, encoding: report.encoding, indicators: rows },
        notes: [...notes, total === 1 ? `${path}: the one row is valid.` : `${path}: all ${total} rows are valid.`],
      },
    }
  },
}

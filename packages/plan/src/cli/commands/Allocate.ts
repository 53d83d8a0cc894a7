/**
 * `allocate --indicator <id|seq>`: split an indicator's regional increase across the cities
 * (by 2020 census population) or across units by weights from a CSV file.
 */
import { allocateFromUnknown, cityWeights } from "../../formulas/Allocation.ts"
import { findIndicator, indicators } from "../../PlanData.ts"
import { cities, counties } from "../../Regions.ts"
import { parseCsv } from "../../reports/Csv.ts"
import { type Command, type CommandResult, dataError, type Io, usageError } from "../Command.ts"
import { decodeText } from "../Encoding.ts"
import { encodingNote } from "../Report.ts"

const levels = ["city", "county"] as const

interface Unit {
  readonly code: string
  readonly weight: number
  readonly minimum?: number
}

const names = new Map<string, { zh: string; en: string }>([
  ...cities.map((c) => [c.code, c.name] as const),
  ...counties.map((c) => [c.code, c.name] as const),
])

const wholeNumber = (
  flag: string,
  value: string | boolean | undefined,
): { ok: true; value: number | undefined } | { ok: false; result: CommandResult } => {
  if (value === undefined) return { ok: true, value: undefined }
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN
  return Number.isSafeInteger(n)
    ? { ok: true, value: n }
    : { ok: false, result: usageError(`--${flag} must be a whole number ≥ 0, not “${String(value)}”`) }
}

const weightHeaders: Readonly<Record<string, string>> = {
  区划代码: "code",
  代码: "code",
  地区: "code",
  权重: "weight",
  人口: "weight",
  最低: "minimum",
  最低数: "minimum",
}

/** Units and weights from a CSV file with columns code, weight and optionally minimum; errors name the line. */
export const readWeights = (
  path: string,
  bytes: Uint8Array,
  level: (typeof levels)[number],
  minimum: number | undefined,
): { ok: true; units: ReadonlyArray<Unit>; notes: ReadonlyArray<string> } | { ok: false; message: string } => {
  const text = decodeText(bytes)
  if (!text.ok) return { ok: false, message: `${path}: ${text.message}` }
  const table = parseCsv(text.text)
  const header = table.header.map((h) => weightHeaders[h] ?? h.toLowerCase())
  if (!header.includes("code") || !header.includes("weight"))
    return { ok: false, message: `${path}:1: a weights file needs the columns code and weight (区划代码, 权重)` }
  const known = new Set<string>((level === "city" ? cities : counties).map((c) => c.code))
  const problems = table.problems.map((p) => `${path}:${p.line}: ${p.message}`)
  const units: Array<Unit> = []
  for (const record of table.records) {
    const get = (field: string) => {
      const original = table.header[header.indexOf(field)]
      return original === undefined ? "" : (record.fields[original] ?? "").trim()
    }
    const code = get("code")
    const weight = Number(get("weight").replaceAll(",", ""))
    const min = get("minimum") === "" ? minimum : Number(get("minimum"))
    if (!known.has(code)) problems.push(`${path}:${record.line}: “${code}” is not a ${level} code of Ningxia`)
    else if (get("weight") === "" || !Number.isFinite(weight) || weight < 0)
      problems.push(`${path}:${record.line}: weight “${get("weight")}” must be a number ≥ 0`)
    else if (min !== undefined && !(Number.isSafeInteger(min) && min >= 0))
      problems.push(`${path}:${record.line}: minimum must be a whole number ≥ 0`)
    else units.push(min === undefined ? { code, weight } : { code, weight, minimum: min })
  }
  if (problems.length > 0) return { ok: false, message: problems.join("\n") }
  return { ok: true, units, notes: encodingNote(text.encoding) }
}

const weightsFrom = (
  by: string,
  level: (typeof levels)[number],
  minimum: number | undefined,
  io: Io,
): { ok: true; units: ReadonlyArray<Unit>; notes: ReadonlyArray<string>; source: string } | { ok: false; result: CommandResult } => {
  if (by === "census") {
    if (level === "county") {
      return {
        ok: false,
        result: usageError("no verified county populations are in the data: give --by weights.csv with one row per county (code,weight)"),
      }
    }
    return { ok: true, units: cityWeights(minimum), notes: [], source: "2020 census resident population (七普)" }
  }
  const file = io.readFile(by)
  if (!file.ok) return { ok: false, result: usageError(file.message) }
  const read = readWeights(by, file.bytes, level, minimum)
  if (!read.ok) return { ok: false, result: dataError(read.message) }
  return { ok: true, units: read.units, notes: read.notes, source: by }
}

export const allocateCommand: Command = {
  name: "allocate",
  summary: "split an indicator's regional target across cities or counties",
  usage: "allocate --indicator <id|seq> [--by census|weights.csv] [--min N] [--level city|county] [--total N]",
  description: [
    "Splits an indicator's increase over the plan period (e.g. +80,000 certificate holders) into",
    "whole numbers that sum exactly to the total (largest remainder), in proportion to weights:",
    "the cities' 2020 census population by default, or a CSV file with columns code,weight[,minimum].",
    "--min gives every unit at least N (“at least one per city”); ties go to the larger weight.",
    "For counties give the weights: no verified county populations are in the data.",
    "--total replaces the plan's figure, e.g. when drafting the 2026–2030 targets.",
  ],
  options: {
    indicator: { type: "string", short: "i", value: "id|1-15", help: "the indicator (see `indicators`)" },
    by: { type: "string", value: "census|file.csv", help: "weights: census (default, cities only) or a CSV file" },
    min: { type: "string", value: "N", help: "minimum part per unit (default 0)" },
    level: { type: "string", value: "city|county", help: "the units to split across (default: city)" },
    total: { type: "string", value: "N", help: "the total to split (default: the indicator's increase)" },
  },
  positionals: { min: 0, max: 0 },
  examples: [
    "allocate --indicator certificate-holders",
    "allocate --indicator 2 --min 1",
    "allocate --indicator 4 --level county --by counties.csv",
  ],
  run: (args, io) => {
    const id = args.values.indicator
    if (typeof id !== "string") return usageError("allocate needs --indicator <id or 1–15>; run “ningxia-plan indicators” for the list")
    const indicator = findIndicator(/^\d+$/.test(id) ? Number(id) : id)
    if (indicator === undefined)
      return usageError(`no indicator “${id}”: use a number from 1 to ${indicators.length} or an id such as ${indicators[3]?.id ?? ""}`)
    const level = args.values.level ?? "city"
    if (level !== "city" && level !== "county") return usageError(`--level must be city or county, not “${String(level)}”`)
    const min = wholeNumber("min", args.values.min)
    if (!min.ok) return min.result
    const total = wholeNumber("total", args.values.total)
    if (!total.ok) return total.result
    const by = args.values.by ?? "census"
    if (typeof by !== "string") return usageError("--by needs census or a file name")
    const weights = weightsFrom(by, level, min.value, io)
    if (!weights.ok) return weights.result
    const whole = total.value ?? indicator.increase.value
    if (!Number.isSafeInteger(whole)) return usageError(`the indicator's total ${whole} is not a whole number: give --total`)
    const result = allocateFromUnknown({ total: whole, units: weights.units })
    if (!result.ok) return dataError(result.issues.map((i) => (i.at === "" ? i.message : `${i.at}: ${i.message}`)).join("\n"))
    const rows = result.value.parts.map((p) => ({
      code: p.code,
      nameZh: names.get(p.code)?.zh ?? "",
      nameEn: names.get(p.code)?.en ?? "",
      weight: p.weight,
      minimum: p.minimum,
      quota: Number(p.quota.toFixed(3)),
      part: p.part,
    }))
    const sum = result.value.parts.reduce((acc, p) => acc + p.part, 0)
    return {
      ok: true,
      output: {
        table: {
          columns: [
            { key: "code", header: "code" },
            { key: "nameZh", header: "单位" },
            { key: "nameEn", header: "unit" },
            { key: "weight", header: "weight", align: "right" },
            { key: "minimum", header: "min", align: "right" },
            { key: "quota", header: "quota", align: "right" },
            { key: "part", header: "part", align: "right" },
          ],
          rows,
        },
        json: { indicator: indicator.id, total: whole, level, weights: weights.source, parts: result.value.parts },
        notes: [
          ...weights.notes,
          `${indicator.sequence}. ${indicator.name.zh} (${indicator.name.en}): ${whole} split across ${rows.length} ${level === "city" ? "cities" : "counties"} by ${weights.source}; parts sum to ${sum}.`,
        ],
      },
    }
  },
}

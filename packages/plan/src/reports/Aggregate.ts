/**
 * Checking and aggregating progress reports: every row is decoded and checked (known
 * indicator and unit, year inside the period, no duplicate); rejected rows come back with
 * their line and reasons. Accepted rows are summed by region and city with each kind's
 * semantics: increments add up, a stock takes each unit's latest value, shares add
 * numerators and denominators.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { type EvaluatePlanInput, type EvaluationKind, planEvaluationTargets } from "../evaluation/Evaluate.ts"
import { planDefaults } from "../formulas/Defaults.ts"
import { bilingual } from "../formulas/Inputs.ts"
import { cities, counties, regions } from "../Regions.ts"
import { makeDecoder } from "../Validation.ts"
import { Observation } from "./ProgressReport.ts"

/**
 * The units that may report and the city each belongs to (none for the region itself).
 * The default is Ningxia, its 5 cities and 22 county-level units.
 *
 * @category models
 * @since 0.1.0
 */
export interface ReportingUnits {
  readonly region: string
  readonly cities: ReadonlyArray<string>
  readonly units: ReadonlyArray<{ readonly code: string; readonly city: string | undefined }>
}

/**
 * Ningxia's reporting units: the region, 5 cities, 22 county-level units.
 *
 * @example
 * ```ts
 * ningxiaUnits.units.length // => 28
 * ```
 *
 * @category data
 * @since 0.1.0
 */
export const ningxiaUnits: ReportingUnits = {
  region: regions.region.code,
  cities: cities.map((c) => c.code),
  units: [
    { code: regions.region.code, city: undefined },
    ...cities.map((c) => ({ code: c.code, city: c.code })),
    ...counties.map((c) => ({ code: c.code, city: c.cityCode })),
  ],
}

/**
 * An indicator reports may name, with how it is counted.
 *
 * @category models
 * @since 0.1.0
 */
export interface ReportIndicator {
  readonly key: string
  readonly kind: EvaluationKind
}

/**
 * Options of {@link checkObservations}.
 *
 * @category models
 * @since 0.1.0
 */
export interface CheckOptions {
  readonly period?: { readonly from: number; readonly to: number }
  readonly units?: ReportingUnits
  readonly indicators?: ReadonlyArray<ReportIndicator>
}

/**
 * A rejected row: its line and every reason.
 *
 * @category models
 * @since 0.1.0
 */
export interface RejectedRow {
  readonly line: number
  readonly reasons: ReadonlyArray<string>
}

/**
 * Accepted observations in columns (typed arrays, one entry per row), with the lookups
 * used to build them; input of {@link aggregate}.
 *
 * @category models
 * @since 0.1.0
 */
export interface ObservationTable {
  readonly size: number
  readonly lines: Int32Array
  readonly unit: Int32Array
  readonly indicator: Int32Array
  readonly yearIndex: Int32Array
  /** Days since 1970 for dated rows, else the year-end; orders a stock's values within a year. */
  readonly day: Float64Array
  readonly value: Float64Array
  readonly numerator: Float64Array
  readonly denominator: Float64Array
  readonly units: ReportingUnits
  readonly indicators: ReadonlyArray<ReportIndicator>
  readonly period: { readonly from: number; readonly to: number }
}

/**
 * Result of {@link checkObservations}: the accepted table and the rejected rows; every
 * input row is in exactly one of them.
 *
 * @category models
 * @since 0.1.0
 */
export interface CheckedReport {
  readonly accepted: ObservationTable
  readonly rejected: ReadonlyArray<RejectedRow>
}

// Hoisted: valid rows take the first-error decoder (compiled by effect, see ProgressReport.ts);
// only a failing row is decoded again, collecting every issue.
const decodeFirst = Schema.decodeUnknownResult(Observation)
const decodeAll = makeDecoder(Observation)

const defaultIndicators: ReadonlyArray<ReportIndicator> = planEvaluationTargets.map((t) => ({ key: t.key, kind: t.kind }))

const dayOf = (date: string): number => {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

const byLine = (a: RejectedRow, b: RejectedRow) => a.line - b.line

const REGION = 0
const CITY = 1
const COUNTY = 2

/** Each unit's level (region, city, county) and its city's position in `units.cities` (-1 for the region). */
const levelsOf = (units: ReportingUnits): { readonly level: Uint8Array; readonly city: Int32Array } => {
  const cityIndex = new Map(units.cities.map((c, k) => [c, k]))
  const level = new Uint8Array(units.units.length)
  const city = new Int32Array(units.units.length)
  units.units.forEach((u, k) => {
    const isRegion = u.code === units.region || u.city === undefined
    level[k] = isRegion ? REGION : u.code === u.city ? CITY : COUNTY
    city[k] = isRegion || u.city === undefined ? -1 : (cityIndex.get(u.city) ?? -1)
  })
  return { level, city }
}

// Reasons of a row that decoded but does not fit the report's units, indicators or period.
const rowProblems = (
  o: Observation,
  known: { readonly unit: boolean; readonly kind: EvaluationKind | undefined },
  year: number,
  period: { readonly from: number; readonly to: number },
): Array<string> => {
  const reasons: Array<string> = []
  const kind = known.kind
  if (!known.unit) reasons.push(bilingual(`region: unknown unit ${o.region}`, `region：未知单位 ${o.region}`))
  if (kind === undefined) reasons.push(bilingual(`indicator: unknown indicator ${o.indicator}`, `indicator：未知指标 ${o.indicator}`))
  const first = kind === "stock" || kind === "share" ? period.from - 1 : period.from
  if (year < first || year > period.to) {
    reasons.push(bilingual(`year: ${year} is outside ${first}–${period.to}`, `year：${year} 年不在 ${first}–${period.to} 年内`))
  }
  const isShare = o.numerator !== undefined
  if (kind === "share" && !isShare) reasons.push(bilingual("a share needs numerator and denominator", "比例指标须填写分子和分母"))
  if (kind !== undefined && kind !== "share" && isShare)
    reasons.push(bilingual(`${o.indicator} takes a value, not a share`, `${o.indicator} 应填写数值而非比例`))
  return reasons
}

const listLines = (rows: ReadonlyArray<{ readonly line: number; readonly code: string }>): string => {
  const shown = rows
    .slice(0, 5)
    .map((r) => `${r.line} (${r.code})`)
    .join(", ")
  return rows.length > 5 ? `${shown} … +${rows.length - 5}` : shown
}

/** The accepted rows' columns, before the context is attached. */
type TableColumns = Omit<ObservationTable, "units" | "indicators" | "period">

// The hot loops below are module-level functions over typed arrays, with no closures created
// per call: a closure made inside the caller is a new call target on every call, and V8 throws
// away (deoptimizes) code that inlined the previous one.

/** The group of row `r`: indicator × year, or the indicator alone for a stock (its years are one group). */
const groupOf = (table: TableColumns, isStock: Uint8Array, years: number, r: number): number => {
  const i = table.indicator[r] ?? 0
  return i * years + (isStock[i] === 1 ? 0 : (table.yearIndex[r] ?? 0))
}

/**
 * Marks, for each group (see {@link groupOf}), which levels
 * report it for the whole region (`regionMask`) and within each city (`cityMask`).
 */
const markLevels = (
  table: TableColumns,
  level: Uint8Array,
  city: Int32Array,
  isStock: Uint8Array,
  years: number,
  nC: number,
  regionMask: Uint8Array,
  cityMask: Uint8Array,
): void => {
  const { size, unit } = table
  for (let r = 0; r < size; r++) {
    const g = groupOf(table, isStock, years, r)
    const u = unit[r] ?? 0
    const bit = 1 << (level[u] ?? 0)
    regionMask[g] = (regionMask[g] ?? 0) | bit
    const c = city[u] ?? -1
    if (c >= 0) cityMask[g * nC + c] = (cityMask[g * nC + c] ?? 0) | bit
  }
}

/**
 * Whether some group is reported on two levels: the region and a city or county, or a city
 * and one of its counties. A scan of the masks only, so the usual report (one level) needs no
 * second pass over its rows.
 */
const anyOverlap = (regionMask: Uint8Array, cityMask: Uint8Array): boolean => {
  const region = 1 << REGION
  const cityAndCounty = (1 << CITY) | (1 << COUNTY)
  for (const m of regionMask) if ((m & region) !== 0 && m !== region) return true
  for (const m of cityMask) if ((m & cityAndCounty) === cityAndCounty) return true
  return false
}

/** Positions of the rows whose group is also reported on another level (see {@link markLevels}). */
const overlappingRows = (
  table: TableColumns,
  level: Uint8Array,
  city: Int32Array,
  isStock: Uint8Array,
  years: number,
  nC: number,
  regionMask: Uint8Array,
  cityMask: Uint8Array,
): Array<number> => {
  const { size, unit } = table
  const flagged: Array<number> = []
  for (let r = 0; r < size; r++) {
    const g = groupOf(table, isStock, years, r)
    const u = unit[r] ?? 0
    const l = level[u] ?? 0
    const inRegion = regionMask[g] ?? 0
    const c = city[u] ?? -1
    const overlaps =
      l === REGION
        ? (inRegion & ~(1 << REGION)) !== 0
        : (inRegion & (1 << REGION)) !== 0 || (c >= 0 && ((cityMask[g * nC + c] ?? 0) & (1 << (l === CITY ? COUNTY : CITY))) !== 0)
    if (overlaps) flagged.push(r)
  }
  return flagged
}

/**
 * Finds accepted rows that report the same place at two levels (see {@link checkObservations})
 * and returns their reasons by row position; empty when there is none (the usual case, two
 * passes over typed arrays).
 */
const levelOverlaps = (table: TableColumns, context: ObservationContext): Map<number, Array<string>> => {
  const { units, indicators, period } = context
  const { level, city } = levelsOf(units)
  const years = period.to - period.from + 2
  const nC = units.cities.length
  const groups = indicators.length * years
  const stock = Uint8Array.from(indicators, (d) => (d.kind === "stock" ? 1 : 0))
  // A stock's level is carried forward to later year-ends, so its rows overlap across years.
  const regionMask = new Uint8Array(groups)
  const cityMask = new Uint8Array(groups * nC)
  markLevels(table, level, city, stock, years, nC, regionMask, cityMask)
  const reasons = new Map<number, Array<string>>()
  if (!anyOverlap(regionMask, cityMask)) return reasons
  const flagged = overlappingRows(table, level, city, stock, years, nC, regionMask, cityMask)
  if (flagged.length === 0) return reasons
  // Rare path: name the rows on the other level of each overlap.
  const byLevel = new Map<string, Array<{ readonly line: number; readonly code: string }>>()
  const keyOf = (g: number, l: number, c: number) => `${g}|${l}|${c}`
  for (const r of flagged) {
    const u = table.unit[r] ?? 0
    const key = keyOf(groupOf(table, stock, years, r), level[u] ?? 0, level[u] === REGION ? -1 : (city[u] ?? -1))
    const list = byLevel.get(key) ?? []
    list.push({ line: table.lines[r] ?? 0, code: units.units[u]?.code ?? "" })
    byLevel.set(key, list)
  }
  for (const r of flagged) {
    const g = groupOf(table, stock, years, r)
    const u = table.unit[r] ?? 0
    const l = level[u] ?? 0
    const c = city[u] ?? -1
    const i = table.indicator[r] ?? 0
    const key = indicators[i]?.key ?? ""
    const year = period.from - 1 + (table.yearIndex[r] ?? 0)
    const whenEn = stock[i] === 1 ? `${key} (a stock's level carries forward, so in any year)` : `${key} ${year}`
    const whenZh = stock[i] === 1 ? `${key}（存量逐年结转，任何年份均算重叠）` : `${key} ${year} 年`
    const out: Array<string> = []
    const cityCode = units.cities[c] ?? ""
    if (l === REGION) {
      const others = [...byLevel.entries()]
        .filter(([k]) => k.startsWith(`${g}|`) && !k.startsWith(`${g}|${REGION}|`))
        .flatMap(([, v]) => v)
        .sort((a, b) => a.line - b.line)
      out.push(
        bilingual(
          `overlap: ${whenEn} is reported for the whole region here and for its cities or counties on lines ${listLines(others)}; report each place at one level only`,
          `重叠：${whenZh} 本行按全区填报，第 ${listLines(others)} 行又按市或县填报；同一地方只能按一级填报`,
        ),
      )
    } else {
      const regionRows = byLevel.get(keyOf(g, REGION, -1))
      if (regionRows !== undefined)
        out.push(
          bilingual(
            `overlap: ${whenEn} is also reported for the whole region on line ${listLines(regionRows)}; report each place at one level only`,
            `重叠：${whenZh} 第 ${listLines(regionRows)} 行已按全区填报；同一地方只能按一级填报`,
          ),
        )
      const other = byLevel.get(keyOf(g, l === CITY ? COUNTY : CITY, c))
      if (other !== undefined)
        out.push(
          l === CITY
            ? bilingual(
                `overlap: ${whenEn} is reported for city ${cityCode} here and for its counties on lines ${listLines(other)}; report each place at one level only`,
                `重叠：${whenZh} 本行按 ${cityCode} 市填报，第 ${listLines(other)} 行又按其县区填报；同一地方只能按一级填报`,
              )
            : bilingual(
                `overlap: ${whenEn} is also reported for the whole city ${cityCode} on line ${listLines(other)}; report each place at one level only`,
                `重叠：${whenZh} 第 ${listLines(other)} 行已按 ${cityCode} 全市填报；同一地方只能按一级填报`,
              ),
        )
    }
    reasons.set(r, out)
  }
  return reasons
}

type ObservationContext = Pick<ObservationTable, "units" | "indicators" | "period">

/**
 * Decodes and checks report rows. A row is rejected, with its line and reasons, if it does
 * not decode (negative counts, non-finite values, missing fields, an indicator key that is not
 * the plan's…), names an unknown indicator or unit, falls outside the period (the year before
 * it is allowed for stocks and shares, as a baseline), gives a value where a share needs
 * numerator and denominator or the reverse, or repeats an earlier row's unit, indicator and
 * year (or date).
 *
 * Rows that report one place at two levels are all rejected, naming the rows on the other
 * level: a city row and rows of that city's counties for the same indicator and year, or a
 * region row and any city or county row of that indicator and year. For a stock the year does
 * not matter (each unit's level is carried forward to later years). Which level is right
 * cannot be told from the report, so neither is counted; nothing is counted twice and nothing
 * is dropped silently.
 *
 * @example
 * ```ts
 * const r = checkObservations([
 *   { line: 2, input: { region: "640104", indicator: "members", year: 2023, value: 120 } },
 *   { line: 3, input: { region: "640104", indicator: "members", year: 2023, value: 80 } },
 *   { line: 4, input: { region: "640104", indicator: "members", year: 2019, value: -5 } },
 *   { line: 5, input: { region: "640100", indicator: "members", year: 2024, value: 900 } },
 *   { line: 6, input: { region: "640105", indicator: "members", year: 2024, value: 300 } },
 * ])
 * r.accepted.size // => 1
 * r.rejected.map((x) => x.line) // => [3, 4, 5, 6]
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const checkObservations = (
  rows: ReadonlyArray<{ readonly line: number; readonly input: unknown }>,
  options: CheckOptions = {},
): CheckedReport => {
  const period = options.period ?? planDefaults.period
  const units = options.units ?? ningxiaUnits
  const indicators = options.indicators ?? defaultIndicators
  const n = rows.length
  const lines = new Int32Array(n)
  const unit = new Int32Array(n)
  const indicator = new Int32Array(n)
  const yearIndex = new Int32Array(n)
  const day = new Float64Array(n)
  const value = new Float64Array(n)
  const numerator = new Float64Array(n)
  const denominator = new Float64Array(n)
  const context: ObservationContext = { units, indicators, period }
  const rejected: Array<RejectedRow> = []
  // Object literals spelled out (not spread) so that every table has the same shape: code
  // that reads them stays optimized from one report to the next.
  const columns: TableColumns = { size: 0, lines, unit, indicator, yearIndex, day, value, numerator, denominator }
  const size = checkRows(rows, columns, context, rejected)
  const table: TableColumns = { size, lines, unit, indicator, yearIndex, day, value, numerator, denominator }
  const overlaps = levelOverlaps(table, context)
  const kept = overlaps.size === 0 ? size : dropRows(table, overlaps, rejected)
  const accepted: ObservationTable = {
    size: kept,
    lines,
    unit,
    indicator,
    yearIndex,
    day,
    value,
    numerator,
    denominator,
    units,
    indicators,
    period,
  }
  return { accepted, rejected: rejected.sort(byLine) }
}

/**
 * The row loop of {@link checkObservations}: decodes and checks every row, writes accepted
 * rows into `columns` and rejected ones into `rejected`; returns how many were accepted.
 * A valid row allocates nothing beyond its decoded value.
 */
const checkRows = (
  rows: ReadonlyArray<{ readonly line: number; readonly input: unknown }>,
  columns: TableColumns,
  context: ObservationContext,
  rejected: Array<RejectedRow>,
): number => {
  const { units, indicators, period } = context
  const { lines, unit, indicator, yearIndex, day, value, numerator, denominator } = columns
  const unitIndex = new Map(units.units.map((u, k) => [u.code, k]))
  const indicatorIndex = new Map(indicators.map((d, k) => [d.key, k]))
  const nI = indicators.length
  // Per indicator: 1 for a share, and the first year allowed (stocks and shares may give the
  // year before the period, as a baseline).
  const isShare = Uint8Array.from(indicators, (d) => (d.kind === "share" ? 1 : 0))
  const firstYear = Int32Array.from(indicators, (d) => (d.kind === "stock" || d.kind === "share" ? period.from - 1 : period.from))
  const years = period.to - period.from + 2
  const base = period.from - 1
  // Undated rows already accepted, one bit per unit × indicator × year: first touching fresh
  // memory costs a page fault per 4 KB, a large part of checking a big report, so the checks
  // keep theirs small. The earlier row's line is looked up only when a duplicate turns up, from
  // the accepted rows marked in `undated`.
  const seenYear = new Uint32Array(Math.ceil((units.units.length * nI * years) / 32))
  const undated = new Uint32Array(Math.ceil(rows.length / 32))
  let lineOfSlot: Map<number, number> | undefined
  const seenDate = new Map<string, number>()
  const yearEndDays = Float64Array.from({ length: years }, (_, k) => Date.UTC(base + k, 11, 31) / 86_400_000)
  // Reports usually list one unit's (and often one indicator's) rows together: look a code up
  // once per run of rows.
  let lastRegion = ""
  let lastUnit: number | undefined
  let lastIndicatorKey = ""
  let lastIndicator: number | undefined
  let size = 0
  for (const row of rows) {
    const fast = decodeFirst(row.input)
    if (Result.isFailure(fast)) {
      const decoded = decodeAll(row.input)
      rejected.push({
        line: row.line,
        reasons: decoded.ok ? [] : decoded.issues.map((i) => (i.at === "" ? i.message : `${i.at}: ${i.message}`)),
      })
      continue
    }
    const o = fast.success
    if (o.region !== lastRegion) {
      lastRegion = o.region
      lastUnit = unitIndex.get(o.region)
    }
    const u = lastUnit
    if (o.indicator !== lastIndicatorKey) {
      lastIndicatorKey = o.indicator
      lastIndicator = indicatorIndex.get(o.indicator)
    }
    const d = lastIndicator
    const year = o.year ?? Number(o.date?.slice(0, 4))
    if (
      u === undefined ||
      d === undefined ||
      year < (firstYear[d] ?? 0) ||
      year > period.to ||
      (isShare[d] === 1) !== (o.numerator !== undefined)
    ) {
      const kind = d === undefined ? undefined : indicators[d]?.kind
      rejected.push({ line: row.line, reasons: rowProblems(o, { unit: u !== undefined, kind }, year, period) })
      continue
    }
    const yi = year - base
    const slot = (u * nI + d) * years + yi
    if (o.date === undefined) {
      const word = slot >>> 5
      const bit = 1 << (slot & 31)
      if (((seenYear[word] ?? 0) & bit) !== 0) {
        lineOfSlot ??= undatedLines(columns, size, undated, nI, years)
        const earlier = lineOfSlot.get(slot) ?? 0
        rejected.push({ line: row.line, reasons: [bilingual(`duplicate of line ${earlier}`, `与第 ${earlier} 行重复`)] })
        continue
      }
      seenYear[word] = (seenYear[word] ?? 0) | bit
      undated[size >>> 5] = (undated[size >>> 5] ?? 0) | (1 << (size & 31))
      lineOfSlot?.set(slot, row.line)
    } else {
      const key = `${slot}|${o.date}`
      const earlier = seenDate.get(key)
      if (earlier !== undefined) {
        rejected.push({ line: row.line, reasons: [bilingual(`duplicate of line ${earlier}`, `与第 ${earlier} 行重复`)] })
        continue
      }
      seenDate.set(key, row.line)
    }
    lines[size] = row.line
    unit[size] = u
    indicator[size] = d
    yearIndex[size] = yi
    day[size] = o.date === undefined ? (yearEndDays[yi] ?? 0) : dayOf(o.date)
    // The columns start at 0: a field the row does not give is not written, so a report
    // without shares never touches the numerator and denominator columns' memory.
    if (o.value !== undefined) value[size] = o.value
    if (o.numerator !== undefined) numerator[size] = o.numerator
    if (o.denominator !== undefined) denominator[size] = o.denominator
    size++
  }
  return size
}

/** The line of each undated accepted row (the first `size` rows, marked in `undated`) by its unit × indicator × year slot. */
const undatedLines = (columns: TableColumns, size: number, undated: Uint32Array, nI: number, years: number): Map<number, number> => {
  const out = new Map<number, number>()
  for (let r = 0; r < size; r++) {
    if (((undated[r >>> 5] ?? 0) & (1 << (r & 31))) === 0) continue
    const slot = ((columns.unit[r] ?? 0) * nI + (columns.indicator[r] ?? 0)) * years + (columns.yearIndex[r] ?? 0)
    out.set(slot, columns.lines[r] ?? 0)
  }
  return out
}

/** Moves the rows named in `overlaps` to `rejected` and closes the gaps; returns how many are kept. */
const dropRows = (table: TableColumns, overlaps: ReadonlyMap<number, Array<string>>, rejected: Array<RejectedRow>): number => {
  const { lines, unit, indicator, yearIndex, day, value, numerator, denominator } = table
  let kept = 0
  for (let r = 0; r < table.size; r++) {
    const reasons = overlaps.get(r)
    if (reasons !== undefined) {
      rejected.push({ line: lines[r] ?? 0, reasons })
      continue
    }
    lines[kept] = lines[r] ?? 0
    unit[kept] = unit[r] ?? 0
    indicator[kept] = indicator[r] ?? 0
    yearIndex[kept] = yearIndex[r] ?? 0
    day[kept] = day[r] ?? 0
    value[kept] = value[r] ?? 0
    numerator[kept] = numerator[r] ?? 0
    denominator[kept] = denominator[r] ?? 0
    kept++
  }
  return kept
}

/**
 * One indicator for one area (the region or a city), year by year from the year before the
 * period to its end (`years[0]` is the baseline year). For increments and flows `values` are
 * what was added each year; for stocks the sum of every unit's latest level at each year-end;
 * for shares `numerators` and `denominators` are sums and `values` their ratio (0 where the
 * denominator is 0). `reported` marks the years with data.
 *
 * @category models
 * @since 0.1.0
 */
export interface AreaSeries {
  readonly indicator: string
  readonly kind: EvaluationKind
  readonly years: ReadonlyArray<number>
  readonly values: ReadonlyArray<number>
  readonly numerators: ReadonlyArray<number>
  readonly denominators: ReadonlyArray<number>
  readonly reported: ReadonlyArray<boolean>
  /** Sum over the period for increments and flows; the last reported level or ratio otherwise. */
  readonly total: number
}

/**
 * Result of {@link aggregate}: per area code (the region and each city), per indicator key.
 *
 * @category models
 * @since 0.1.0
 */
export type Aggregate = ReadonlyMap<string, ReadonlyMap<string, AreaSeries>>

/**
 * Aggregates an {@link ObservationTable} by region and city. A row for a county counts for its
 * city and the region; a row for a city counts for that city and the region; a row for the
 * region only for the region. A table from {@link checkObservations} never reports one place
 * at two levels (such rows are rejected there), so no unit-year is counted twice.
 *
 * @example
 * ```ts
 * const { accepted } = checkObservations([
 *   { line: 2, input: { region: "640104", indicator: "members", year: 2021, value: 100 } },
 *   { line: 3, input: { region: "640105", indicator: "members", year: 2021, value: 50 } },
 * ])
 * aggregate(accepted).get("640000")?.get("members")?.total // => 150
 * aggregate(accepted).get("640100")?.get("members")?.values // => [0, 150, 0, 0, 0, 0]
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const aggregate = (table: ObservationTable): Aggregate => {
  const { units, indicators, period } = table
  const years = period.to - period.from + 2
  const nI = indicators.length
  const nU = units.units.length
  const areas = [units.region, ...units.cities]
  const areaOfCity = new Map(units.cities.map((c, k) => [c, k + 1]))
  const cityArea = Int32Array.from(units.units, (u) =>
    u.code === units.region || u.city === undefined ? -1 : (areaOfCity.get(u.city) ?? -1),
  )
  const kind = Uint8Array.from(indicators, (d) => (d.kind === "stock" ? STOCK : d.kind === "share" ? SHARE : COUNTED))
  // Stock levels are kept per unit only for the stock indicators (usually one or two).
  const stockSlot = new Int32Array(nI).fill(-1)
  let nStock = 0
  indicators.forEach((d, i) => {
    if (d.kind === "stock") stockSlot[i] = nStock++
  })
  const cells = areas.length * nI * years
  const sums: Sums = {
    sum: new Float64Array(cells),
    num: new Float64Array(cells),
    den: new Float64Array(cells),
    reported: new Uint8Array(cells),
    level: new Float64Array(nU * nStock * years),
    levelDay: new Float64Array(nU * nStock * years).fill(Number.NEGATIVE_INFINITY),
  }
  sumRows(table, kind, stockSlot, nStock, cityArea, sums)
  for (let i = 0; i < nI; i++) {
    const k = stockSlot[i] ?? -1
    if (k >= 0) carryStock(i, k, nI, nStock, years, cityArea, sums)
  }
  return seriesByArea(areas, indicators, period, sums)
}

const COUNTED = 0
const STOCK = 1
const SHARE = 2

/** Working arrays of {@link aggregate}: sums per area × indicator × year, stock levels per unit × stock × year. */
interface Sums {
  readonly sum: Float64Array
  readonly num: Float64Array
  readonly den: Float64Array
  readonly reported: Uint8Array
  readonly level: Float64Array
  readonly levelDay: Float64Array
}

/**
 * The row loop of {@link aggregate}: increments and flows add their value, shares their
 * numerator and denominator, to the region (area 0) and the row's city; a stock keeps each
 * unit's latest level per year, summed later by {@link carryStock}.
 */
const sumRows = (
  table: ObservationTable,
  kind: Uint8Array,
  stockSlot: Int32Array,
  nStock: number,
  cityArea: Int32Array,
  sums: Sums,
): void => {
  const { size, unit, indicator, yearIndex, day, value, numerator, denominator } = table
  const { sum, num, den, reported, level, levelDay } = sums
  const nI = kind.length
  const years = table.period.to - table.period.from + 2
  for (let r = 0; r < size; r++) {
    const u = unit[r] ?? 0
    const i = indicator[r] ?? 0
    const y = yearIndex[r] ?? 0
    const k = kind[i] ?? COUNTED
    if (k === STOCK) {
      const slot = (u * nStock + (stockSlot[i] ?? 0)) * years + y
      const d = day[r] ?? 0
      if (d >= (levelDay[slot] ?? 0)) {
        levelDay[slot] = d
        level[slot] = value[r] ?? 0
      }
      continue
    }
    const c = cityArea[u] ?? -1
    const a0 = i * years + y
    const a = (c * nI + i) * years + y
    reported[a0] = 1
    if (c > 0) reported[a] = 1
    if (k === SHARE) {
      const nn = numerator[r] ?? 0
      const dn = denominator[r] ?? 0
      num[a0] = (num[a0] ?? 0) + nn
      den[a0] = (den[a0] ?? 0) + dn
      if (c > 0) {
        num[a] = (num[a] ?? 0) + nn
        den[a] = (den[a] ?? 0) + dn
      }
    } else {
      const v = value[r] ?? 0
      sum[a0] = (sum[a0] ?? 0) + v
      if (c > 0) sum[a] = (sum[a] ?? 0) + v
    }
  }
}

/** Carries each unit's level of stock indicator `i` (stock slot `k`) forward to later year-ends and sums it by area. */
const carryStock = (i: number, k: number, nI: number, nStock: number, years: number, cityArea: Int32Array, sums: Sums): void => {
  const { sum, reported, level, levelDay } = sums
  for (let u = 0; u < cityArea.length; u++) {
    const c = cityArea[u] ?? -1
    let has = false
    let carried = 0
    for (let y = 0; y < years; y++) {
      const slot = (u * nStock + k) * years + y
      if ((levelDay[slot] ?? Number.NEGATIVE_INFINITY) > Number.NEGATIVE_INFINITY) {
        carried = level[slot] ?? 0
        has = true
      }
      if (!has) continue
      const a0 = i * years + y
      sum[a0] = (sum[a0] ?? 0) + carried
      reported[a0] = 1
      if (c > 0) {
        const a = (c * nI + i) * years + y
        sum[a] = (sum[a] ?? 0) + carried
        reported[a] = 1
      }
    }
  }
}

/** The result maps of {@link aggregate} from its sums. */
const seriesByArea = (
  areas: ReadonlyArray<string>,
  indicators: ReadonlyArray<ReportIndicator>,
  period: { readonly from: number; readonly to: number },
  sums: Sums,
): Aggregate => {
  const { sum, num, den, reported } = sums
  const nI = indicators.length
  const years = period.to - period.from + 2
  const yearList = Array.from({ length: years }, (_, k) => period.from - 1 + k)
  const out = new Map<string, Map<string, AreaSeries>>()
  areas.forEach((code, g) => {
    const byIndicator = new Map<string, AreaSeries>()
    indicators.forEach((d, i) => {
      const values: Array<number> = []
      const numerators: Array<number> = []
      const denominators: Array<number> = []
      const rep: Array<boolean> = []
      let total = 0
      for (let y = 0; y < years; y++) {
        const cell = (g * nI + i) * years + y
        const n = num[cell] ?? 0
        const dn = den[cell] ?? 0
        const v = d.kind === "share" ? (dn > 0 ? n / dn : 0) : (sum[cell] ?? 0)
        const has = reported[cell] === 1
        values.push(v)
        numerators.push(n)
        denominators.push(dn)
        rep.push(has)
        if (d.kind === "increment" || d.kind === "annualFlow") total += v
        else if (has) total = v
      }
      byIndicator.set(d.key, { indicator: d.key, kind: d.kind, years: yearList, values, numerators, denominators, reported: rep, total })
    })
    out.set(code, byIndicator)
  })
  return out
}

/**
 * The observations of one area in the shape {@link "evaluation/Evaluate"!evaluatePlan | evaluatePlan} takes: reported years only;
 * a stock's or share's value in the year before the period becomes its baseline.
 *
 * @example
 * ```ts
 * const { accepted } = checkObservations([{ line: 2, input: { region: "640104", indicator: "members", year: 2021, value: 100 } }])
 * evaluationData(aggregate(accepted), "640000").members
 * // => { observations: [{ year: 2021, value: 100 }] }
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const evaluationData = (result: Aggregate, area: string): EvaluatePlanInput["data"] => {
  const data: Record<string, EvaluatePlanInput["data"][string]> = {}
  const series = result.get(area)
  if (series === undefined) return data
  for (const s of series.values()) {
    const observations: Array<{ year: number; value: number }> = []
    let baseline: number | undefined
    s.years.forEach((year, y) => {
      if (s.reported[y] !== true) return
      const v = s.values[y] ?? 0
      if (y === 0) baseline = v
      else observations.push({ year, value: v })
    })
    if (observations.length === 0 && baseline === undefined) continue
    data[s.indicator] = baseline === undefined ? { observations } : { observations, baseline }
  }
  return data
}

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

// Valid rows take the first-error decoder; only a failing row is decoded again to collect every issue.
const decodeFirst = Schema.decodeUnknownResult(Observation)
const decodeAll = makeDecoder(Observation)

const defaultIndicators: ReadonlyArray<ReportIndicator> = planEvaluationTargets.map((t) => ({ key: t.key, kind: t.kind }))

const dayOf = (date: string): number => {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

/**
 * Decodes and checks report rows. A row is rejected, with its line and reasons, if it does
 * not decode (negative counts, non-finite values, missing fields…), names an unknown indicator
 * or unit, falls outside the period (the year before it is allowed for stocks and shares, as a
 * baseline), gives a value where a share needs numerator and denominator or the reverse, or
 * repeats an earlier row's unit, indicator and year (or date).
 *
 * @example
 * ```ts
 * const r = checkObservations([
 *   { line: 2, input: { region: "640104", indicator: "members", year: 2023, value: 120 } },
 *   { line: 3, input: { region: "640104", indicator: "members", year: 2023, value: 80 } },
 *   { line: 4, input: { region: "640104", indicator: "members", year: 2019, value: -5 } },
 * ])
 * r.accepted.size // => 1
 * r.rejected.map((x) => x.line) // => [3, 4]
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
  const unitIndex = new Map(units.units.map((u, k) => [u.code, k]))
  const indicatorIndex = new Map(indicators.map((d, k) => [d.key, k]))
  const years = period.to - period.from + 2
  const n = rows.length
  const lines = new Int32Array(n)
  const unit = new Int32Array(n)
  const indicator = new Int32Array(n)
  const yearIndex = new Int32Array(n)
  const day = new Float64Array(n)
  const value = new Float64Array(n)
  const numerator = new Float64Array(n)
  const denominator = new Float64Array(n)
  const seenYear = new Int32Array(units.units.length * indicators.length * years)
  const seenDate = new Map<string, number>()
  const yearEndDays = Float64Array.from({ length: years }, (_, k) => Date.UTC(period.from - 1 + k, 11, 31) / 86_400_000)
  const rejected: Array<RejectedRow> = []
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
    const reasons: Array<string> = []
    const u = unitIndex.get(o.region)
    const d = indicatorIndex.get(o.indicator)
    if (u === undefined) reasons.push(bilingual(`region: unknown unit ${o.region}`, `region：未知单位 ${o.region}`))
    if (d === undefined) reasons.push(bilingual(`indicator: unknown indicator ${o.indicator}`, `indicator：未知指标 ${o.indicator}`))
    const year = o.year ?? Number(o.date?.slice(0, 4))
    const kind = d === undefined ? undefined : indicators[d]?.kind
    const first = kind === "stock" || kind === "share" ? period.from - 1 : period.from
    if (year < first || year > period.to) {
      reasons.push(bilingual(`year: ${year} is outside ${first}–${period.to}`, `year：${year} 年不在 ${first}–${period.to} 年内`))
    }
    const isShare = o.numerator !== undefined
    if (kind === "share" && !isShare) reasons.push(bilingual("a share needs numerator and denominator", "比例指标须填写分子和分母"))
    if (kind !== undefined && kind !== "share" && isShare)
      reasons.push(bilingual(`${o.indicator} takes a value, not a share`, `${o.indicator} 应填写数值而非比例`))
    if (reasons.length === 0 && u !== undefined && d !== undefined) {
      const yi = year - (period.from - 1)
      const slot = (u * indicators.length + d) * years + yi
      if (o.date === undefined) {
        const earlier = seenYear[slot] ?? 0
        if (earlier > 0) reasons.push(bilingual(`duplicate of line ${earlier}`, `与第 ${earlier} 行重复`))
        else seenYear[slot] = row.line
      } else {
        const key = `${slot}|${o.date}`
        const earlier = seenDate.get(key)
        if (earlier !== undefined) reasons.push(bilingual(`duplicate of line ${earlier}`, `与第 ${earlier} 行重复`))
        else seenDate.set(key, row.line)
      }
      if (reasons.length === 0) {
        lines[size] = row.line
        unit[size] = u
        indicator[size] = d
        yearIndex[size] = yi
        day[size] = o.date === undefined ? (yearEndDays[yi] ?? 0) : dayOf(o.date)
        value[size] = o.value ?? 0
        numerator[size] = o.numerator ?? 0
        denominator[size] = o.denominator ?? 0
        size++
        continue
      }
    }
    rejected.push({ line: row.line, reasons })
  }
  return {
    accepted: { size, lines, unit, indicator, yearIndex, day, value, numerator, denominator, units, indicators, period },
    rejected,
  }
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
 * region only for the region. Units should report at one level only, or be counted twice.
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
  const areas = [units.region, ...units.cities]
  const areaOfCity = new Map(units.cities.map((c, k) => [c, k + 1]))
  const cityArea = new Int32Array(units.units.length)
  units.units.forEach((u, k) => {
    cityArea[k] = u.code === units.region || u.city === undefined ? -1 : (areaOfCity.get(u.city) ?? -1)
  })
  const nI = indicators.length
  const cells = areas.length * nI * years
  const sum = new Float64Array(cells)
  const num = new Float64Array(cells)
  const den = new Float64Array(cells)
  const reported = new Uint8Array(cells)
  const isStock = new Uint8Array(nI)
  indicators.forEach((d, k) => {
    isStock[k] = d.kind === "stock" ? 1 : 0
  })
  // A stock's level per unit and year (latest date wins), carried forward below.
  const level = new Float64Array(units.units.length * nI * years)
  const levelDay = new Float64Array(units.units.length * nI * years).fill(Number.NEGATIVE_INFINITY)
  for (let r = 0; r < table.size; r++) {
    const u = table.unit[r] ?? 0
    const i = table.indicator[r] ?? 0
    const y = table.yearIndex[r] ?? 0
    if (isStock[i] === 1) {
      const slot = (u * nI + i) * years + y
      const dd = table.day[r] ?? 0
      if (dd >= (levelDay[slot] ?? 0)) {
        levelDay[slot] = dd
        level[slot] = table.value[r] ?? 0
      }
      continue
    }
    const c = cityArea[u] ?? -1
    const a0 = i * years + y
    const v = table.value[r] ?? 0
    const nn = table.numerator[r] ?? 0
    const dn = table.denominator[r] ?? 0
    sum[a0] = (sum[a0] ?? 0) + v
    num[a0] = (num[a0] ?? 0) + nn
    den[a0] = (den[a0] ?? 0) + dn
    reported[a0] = 1
    if (c > 0) {
      const a = (c * nI + i) * years + y
      sum[a] = (sum[a] ?? 0) + v
      num[a] = (num[a] ?? 0) + nn
      den[a] = (den[a] ?? 0) + dn
      reported[a] = 1
    }
  }
  for (let i = 0; i < nI; i++) {
    if (isStock[i] !== 1) continue
    for (let u = 0; u < units.units.length; u++) {
      const c = cityArea[u] ?? -1
      let carried = Number.NaN
      for (let y = 0; y < years; y++) {
        const slot = (u * nI + i) * years + y
        if ((levelDay[slot] ?? Number.NEGATIVE_INFINITY) > Number.NEGATIVE_INFINITY) carried = level[slot] ?? 0
        if (Number.isNaN(carried)) continue
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
  const yearList = Array.from({ length: years }, (_, k) => period.from - 1 + k)
  const out = new Map<string, Map<string, AreaSeries>>()
  areas.forEach((code, g) => {
    const byIndicator = new Map<string, AreaSeries>()
    indicators.forEach((d, i) => {
      const at = (arr: Float64Array | Uint8Array, y: number) => arr[(g * nI + i) * years + y] ?? 0
      const values: Array<number> = []
      const numerators: Array<number> = []
      const denominators: Array<number> = []
      const rep: Array<boolean> = []
      let total = 0
      for (let y = 0; y < years; y++) {
        const n = at(num, y)
        const dn = at(den, y)
        const v = d.kind === "share" ? (dn > 0 ? n / dn : 0) : at(sum, y)
        const has = at(reported, y) === 1
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
 * The observations of one area in the shape {@link evaluatePlan} takes: reported years only;
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

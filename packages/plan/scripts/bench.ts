/**
 * Benchmark of progress-report processing: decode and check, then aggregate and evaluate,
 * 225,000 observation rows (3,000 county units × 15 indicators × 5 years), beside a plain
 * hand-written loop doing the same aggregation (checked to give the library's sums). Prints
 * figures; asserts nothing.
 *
 * Figures: the median of the runs after the first (the library's phases back to back, as a
 * service handling reports would run them, garbage collected whenever V8 decides), and the first
 * run on its own (one report in a fresh process: compiling included). Wall-clock time counts
 * waiting for a core on a loaded machine, so the load average is printed beside it; CPU time
 * (this process, all threads) much less so. Run it when the machine is quiet.
 *
 * Run: npx -y pnpm@10.34.9 --filter @ningxia-redcross/plan bench
 * Budget on a 2-core machine: decode ≤ 100 ms, aggregate + evaluate ≤ 20 ms, peak memory ≤ 300 MB.
 */
import { availableParallelism, loadavg } from "node:os"
import { performance } from "node:perf_hooks"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaJITCompiler from "effect/schema/SchemaJITCompiler"
import { indicatorTable } from "../src/data/indicators.ts"
import { evaluatePlan, planEvaluationTargets } from "../src/evaluation/index.ts"
import { cities, regions } from "../src/Regions.ts"
import { aggregate, checkObservations, evaluationData, Observation, type ReportingUnits } from "../src/reports/index.ts"

const UNITS = 3_000
const YEARS = [2021, 2022, 2023, 2024, 2025]
const RUNS = 7

const cityCodes = cities.map((c) => c.code)
const units: ReportingUnits = {
  region: regions.region.code,
  cities: cityCodes,
  units: [
    { code: regions.region.code, city: undefined },
    ...cityCodes.map((c) => ({ code: c, city: c })),
    ...Array.from({ length: UNITS }, (_, k) => ({ code: String(641_000 + k), city: cityCodes[k % cityCodes.length] })),
  ],
}
const indicators = indicatorTable.rows.map((r) => r.subject)

// Deterministic pseudo-random values (LCG), so every run sees the same rows.
let seed = 20_210_324
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
  return seed / 2_147_483_648
}

const rows: Array<{ line: number; input: { region: string; indicator: string; year: number; value: number } }> = []
let line = 2
for (let k = 0; k < UNITS; k++) {
  const region = String(641_000 + k)
  for (const indicator of indicators) {
    for (const year of YEARS) rows.push({ line: line++, input: { region, indicator, year, value: Math.floor(next() * 100) } })
  }
}

const gc = (globalThis as { gc?: () => void }).gc
const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
// Wall-clock and CPU time of one call: on a shared machine the wall clock includes time spent
// waiting for a core, CPU time (user + system, this process) much less so.
interface Timing {
  readonly wall: number
  readonly cpu: number
}
const time = <A>(f: () => A): [A, Timing] => {
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const a = f()
  const wall = performance.now() - t0
  const c = process.cpuUsage(c0)
  return [a, { wall, cpu: (c.user + c.system) / 1000 }]
}

const libraryAggregateAndEvaluate = (table: ReturnType<typeof checkObservations>["accepted"]) => {
  const result = aggregate(table)
  let onTrack = 0
  for (const area of [units.region, ...units.cities])
    onTrack += evaluatePlan({ date: "2025-12-31", data: evaluationData(result, area) }).onTrack
  return onTrack
}

// The same aggregation as a plain loop over the raw rows, written the way one would without the
// library: no decoding and no checks, string-keyed maps for units and indicators, one array per
// area and indicator. Increments and flows add up, a stock keeps each unit's latest level and
// carries it forward, shares add numerators and denominators.
const YEAR_SLOTS = YEARS.length + 1 // the baseline year before the period, then the period
const BASE_YEAR = (YEARS[0] ?? 2021) - 1
const kindOf = new Map(planEvaluationTargets.map((t) => [t.key, t.kind]))
const cityOf = new Map(units.units.map((u) => [u.code, u.city]))
interface Cell {
  readonly sum: Float64Array
  readonly num: Float64Array
  readonly den: Float64Array
}
const add = (cell: Cell, kind: string | undefined, y: number, input: { value: number; numerator?: number; denominator?: number }) => {
  if (kind === "share") {
    cell.num[y] = (cell.num[y] ?? 0) + (input.numerator ?? 0)
    cell.den[y] = (cell.den[y] ?? 0) + (input.denominator ?? 0)
  } else cell.sum[y] = (cell.sum[y] ?? 0) + input.value
}
const handWritten = () => {
  const areas = new Map<string, Map<string, Cell>>()
  const cellOf = (area: string, indicator: string): Cell => {
    let byIndicator = areas.get(area)
    if (byIndicator === undefined) {
      byIndicator = new Map()
      areas.set(area, byIndicator)
    }
    let cell = byIndicator.get(indicator)
    if (cell === undefined) {
      cell = { sum: new Float64Array(YEAR_SLOTS), num: new Float64Array(YEAR_SLOTS), den: new Float64Array(YEAR_SLOTS) }
      byIndicator.set(indicator, cell)
    }
    return cell
  }
  // unit → indicator → level per year (NaN: not reported)
  const levels = new Map<string, Map<string, Float64Array>>()
  for (const { input } of rows) {
    const kind = kindOf.get(input.indicator)
    const y = input.year - BASE_YEAR
    if (kind === "stock") {
      let byIndicator = levels.get(input.region)
      if (byIndicator === undefined) {
        byIndicator = new Map()
        levels.set(input.region, byIndicator)
      }
      let level = byIndicator.get(input.indicator)
      if (level === undefined) {
        level = new Float64Array(YEAR_SLOTS).fill(Number.NaN)
        byIndicator.set(input.indicator, level)
      }
      level[y] = input.value
      continue
    }
    const city = cityOf.get(input.region)
    add(cellOf(units.region, input.indicator), kind, y, input)
    if (city !== undefined) add(cellOf(city, input.indicator), kind, y, input)
  }
  for (const [unit, byIndicator] of levels) {
    const city = cityOf.get(unit)
    for (const [indicator, level] of byIndicator) {
      let carried = Number.NaN
      for (let y = 0; y < YEAR_SLOTS; y++) {
        const v = level[y] ?? Number.NaN
        if (!Number.isNaN(v)) carried = v
        if (Number.isNaN(carried)) continue
        const cell = cellOf(units.region, indicator)
        cell.sum[y] = (cell.sum[y] ?? 0) + carried
        if (city !== undefined) {
          const inCity = cellOf(city, indicator)
          inCity.sum[y] = (inCity.sum[y] ?? 0) + carried
        }
      }
    }
  }
  return areas
}

// The floor for any Effect Schema decoder: a four-field struct with no rules at all, interpreted
// and compiled (Observation is compiled, see ProgressReport.ts).
const bareStruct = () => Schema.Struct({ region: Schema.String, indicator: Schema.String, year: Schema.Number, value: Schema.Number })
const bareCompiled = bareStruct()
SchemaJITCompiler.enable(bareCompiled.ast)
const decodeLoop = (decode: (input: unknown) => Result.Result<unknown, unknown>) => () => {
  let ok = 0
  for (const { input } of rows) if (Result.isSuccess(decode(input))) ok++
  return ok
}
const bareDecode = decodeLoop(Schema.decodeUnknownResult(bareStruct()))
const bareCompiledDecode = decodeLoop(Schema.decodeUnknownResult(bareCompiled))
const observationDecode = decodeLoop(Schema.decodeUnknownResult(Observation))

const phases = ["check", "decode", "bare", "bareCompiled", "aggregate", "loop"] as const
type Phase = (typeof phases)[number]
const times = Object.fromEntries(phases.map((p) => [p, [] as Array<Timing>])) as Record<Phase, Array<Timing>>
const first = {} as Record<Phase, Timing>
const loadBefore = loadavg()[0] ?? 0
let accepted = 0
let rejected = 0
let onTrack = 0
let checkedLast: ReturnType<typeof checkObservations> | undefined
let loopLast: ReturnType<typeof handWritten> | undefined
const record = (run: number, p: Phase, t: Timing) => {
  if (run === 0)
    first[p] = t // the first call: what processing one report costs, compiling included
  else times[p].push(t)
}
// The library's phases run back to back, run after run, as a service handling reports would:
// each phase's garbage is collected when V8 decides, inside whichever timed call that is. No
// forced gc() between runs (it would also throw away the compiled code, making every run a
// first run). The comparison loops run afterwards, so their garbage is not charged to the library.
gc?.() // only the setup's garbage (the generated rows stay)
for (let run = 0; run <= RUNS; run++) {
  const [checked, check] = time(() => checkObservations(rows, { units }))
  const [track, aggregateMs] = time(() => libraryAggregateAndEvaluate(checked.accepted))
  accepted = checked.accepted.size
  rejected = checked.rejected.length
  onTrack = track
  checkedLast = checked
  record(run, "check", check)
  record(run, "aggregate", aggregateMs)
}
for (let run = 0; run <= RUNS; run++) {
  const [sums, loop] = time(handWritten)
  loopLast = sums
  record(run, "loop", loop)
  record(run, "decode", time(observationDecode)[1])
  record(run, "bare", time(bareDecode)[1])
  record(run, "bareCompiled", time(bareCompiledDecode)[1])
}
const peakMb = process.resourceUsage().maxRSS / 1024
const loadAfter = loadavg()[0] ?? 0

// The baseline must compute what the library computes: compare every area, indicator and year.
let compared = 0
let differing = 0
if (checkedLast !== undefined && loopLast !== undefined) {
  const library = aggregate(checkedLast.accepted)
  for (const [area, byIndicator] of loopLast)
    for (const [indicator, cell] of byIndicator) {
      const series = library.get(area)?.get(indicator)
      for (let y = 0; y < YEAR_SLOTS; y++) {
        compared++
        const expected = kindOf.get(indicator) === "share" ? (cell.num[y] ?? 0) : (cell.sum[y] ?? 0)
        const got = kindOf.get(indicator) === "share" ? series?.numerators[y] : series?.values[y]
        if (got !== expected) differing++
      }
    }
}

const wall = (p: Phase) => median(times[p].map((t) => t.wall))
const cpu = (p: Phase) => median(times[p].map((t) => t.cpu))
const fmt = (x: number) => x.toFixed(1).padStart(8)
const row = (label: string, p: Phase, note: string) =>
  console.log(`  ${label.padEnd(30)}${fmt(wall(p))}${fmt(cpu(p))}${fmt(first[p]?.wall ?? 0)}   ${note}`)
console.log(
  `rows: ${rows.length.toLocaleString("en")} (${UNITS} units × ${indicators.length} indicators × ${YEARS.length} years); accepted ${accepted}, rejected ${rejected}`,
)
console.log(
  `load average (1 min): ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores; wall-clock figures scale with it`,
)
console.log(`median of ${RUNS} runs after the first:           wall ms  CPU ms   first run (wall)`)
row("decode + check rows", "check", "(budget 100)")
row("  of which Observation decode", "decode", "(compiled effect Schema, first error)")
row("bare struct decode (floor)", "bare", "(effect Schema, 4 fields, no rules, interpreted)")
row("bare struct decode, compiled", "bareCompiled", "(the same, compiled)")
row("aggregate + evaluate", "aggregate", `(budget 20; 6 areas, on track summed: ${onTrack})`)
row("hand-written loop", "loop", "(same aggregation over the raw rows, string-keyed maps, no checks)")
console.log(`  aggregate+evaluate ÷ loop     ${fmt(wall("aggregate") / wall("loop"))}×${fmt(cpu("aggregate") / cpu("loop"))}×`)
console.log(
  `  loop gives the library's sums: ${differing === 0 ? "yes" : `NO, ${differing} differ`} (${compared} area × indicator × year cells)`,
)
console.log(`peak memory (max RSS): ${peakMb.toFixed(0)} MB   (budget 300)`)

/**
 * Benchmark of progress-report processing: decode and check, then aggregate and evaluate,
 * 225,000 observation rows (3,000 county units × 15 indicators × 5 years), beside a plain
 * hand-written loop doing the same sums. Prints figures; asserts nothing.
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
import { evaluatePlan } from "../src/evaluation/index.ts"
import { cities, regions } from "../src/Regions.ts"
import { aggregate, checkObservations, evaluationData, Observation, type ReportingUnits } from "../src/reports/index.ts"

const UNITS = 3_000
const YEARS = [2021, 2022, 2023, 2024, 2025]
const RUNS = 5

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

// The same sums by a plain loop over the raw rows: no decoding, no checks, string-keyed map.
const cityOf = new Map(units.units.map((u) => [u.code, u.city]))
const handWritten = () => {
  const sums = new Map<string, number>()
  for (const { input } of rows) {
    const regionKey = `${units.region}|${input.indicator}|${input.year}`
    sums.set(regionKey, (sums.get(regionKey) ?? 0) + input.value)
    const city = cityOf.get(input.region)
    if (city !== undefined) {
      const cityKey = `${city}|${input.indicator}|${input.year}`
      sums.set(cityKey, (sums.get(cityKey) ?? 0) + input.value)
    }
  }
  return sums.size
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
const times = Object.fromEntries(phases.map((p) => [p, [] as Array<Timing>])) as Record<(typeof phases)[number], Array<Timing>>
const loadBefore = loadavg()[0] ?? 0
let accepted = 0
let rejected = 0
let onTrack = 0
gc?.()
for (let run = 0; run <= RUNS; run++) {
  const [checked, check] = time(() => checkObservations(rows, { units }))
  const [track, aggregateMs] = time(() => libraryAggregateAndEvaluate(checked.accepted))
  const [, loop] = time(handWritten)
  const [, decode] = time(observationDecode)
  const [, bare] = time(bareDecode)
  const [, bareCompiled] = time(bareCompiledDecode)
  accepted = checked.accepted.size
  rejected = checked.rejected.length
  onTrack = track
  gc?.()
  if (run === 0) continue // warm-up
  times.check.push(check)
  times.decode.push(decode)
  times.aggregate.push(aggregateMs)
  times.loop.push(loop)
  times.bare.push(bare)
  times.bareCompiled.push(bareCompiled)
}
const peakMb = process.resourceUsage().maxRSS / 1024
const loadAfter = loadavg()[0] ?? 0

const wall = (p: (typeof phases)[number]) => median(times[p].map((t) => t.wall))
const cpu = (p: (typeof phases)[number]) => median(times[p].map((t) => t.cpu))
const fmt = (x: number) => x.toFixed(1).padStart(8)
const row = (label: string, p: (typeof phases)[number], note: string) =>
  console.log(`  ${label.padEnd(30)}${fmt(wall(p))}${fmt(cpu(p))}   ${note}`)
console.log(
  `rows: ${rows.length.toLocaleString("en")} (${UNITS} units × ${indicators.length} indicators × ${YEARS.length} years); accepted ${accepted}, rejected ${rejected}`,
)
console.log(
  `load average (1 min): ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores; wall-clock figures scale with it`,
)
console.log(`median of ${RUNS} runs after one warm-up:        wall ms  CPU ms`)
row("decode + check rows", "check", "(budget 100)")
row("  of which Observation decode", "decode", "(compiled effect Schema, first error)")
row("bare struct decode (floor)", "bare", "(effect Schema, 4 fields, no rules, interpreted)")
row("bare struct decode, compiled", "bareCompiled", "(the same, compiled)")
row("aggregate + evaluate", "aggregate", `(budget 20; 6 areas, on track summed: ${onTrack})`)
row("hand-written loop (sums)", "loop", "(string-keyed map over the raw rows)")
console.log(`  aggregate+evaluate ÷ loop     ${fmt(wall("aggregate") / wall("loop"))}×${fmt(cpu("aggregate") / cpu("loop"))}×`)
console.log(`peak memory (max RSS): ${peakMb.toFixed(0)} MB   (budget 300)`)

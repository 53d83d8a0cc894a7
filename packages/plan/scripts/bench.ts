/**
 * Benchmark of progress-report processing: decode and check, then aggregate and evaluate,
 * 225,000 observation rows (3,000 county units × 15 indicators × 5 years), beside a plain
 * hand-written loop doing the same sums. Prints figures; asserts nothing.
 *
 * Run: npx -y pnpm@10.34.9 --filter @ningxia-redcross/plan bench
 * Budget on a 2-core machine: decode ≤ 100 ms, aggregate + evaluate ≤ 20 ms, peak memory ≤ 300 MB.
 */
import { loadavg } from "node:os"
import { performance } from "node:perf_hooks"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { indicatorTable } from "../src/data/indicators.ts"
import { evaluatePlan } from "../src/evaluation/index.ts"
import { cities, regions } from "../src/Regions.ts"
import { aggregate, checkObservations, evaluationData, type ReportingUnits } from "../src/reports/index.ts"

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
const time = <A>(f: () => A): [A, number] => {
  const t0 = performance.now()
  const a = f()
  return [a, performance.now() - t0]
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

// The floor for any Effect Schema decoder: a four-field struct with no rules at all.
const bare = Schema.decodeUnknownResult(
  Schema.Struct({ region: Schema.String, indicator: Schema.String, year: Schema.Number, value: Schema.Number }),
)
const bareDecode = () => {
  let ok = 0
  for (const { input } of rows) if (Result.isSuccess(bare(input))) ok++
  return ok
}

gc?.()
const bareTimes: Array<number> = []
const decodeTimes: Array<number> = []
const aggregateTimes: Array<number> = []
const loopTimes: Array<number> = []
let accepted = 0
let rejected = 0
let onTrack = 0
for (let run = 0; run <= RUNS; run++) {
  const [checked, decodeMs] = time(() => checkObservations(rows, { units }))
  const [track, aggregateMs] = time(() => libraryAggregateAndEvaluate(checked.accepted))
  const [, loopMs] = time(handWritten)
  const [, bareMs] = time(bareDecode)
  accepted = checked.accepted.size
  rejected = checked.rejected.length
  onTrack = track
  if (run === 0) continue // warm-up
  decodeTimes.push(decodeMs)
  aggregateTimes.push(aggregateMs)
  loopTimes.push(loopMs)
  bareTimes.push(bareMs)
}
const peakMb = process.resourceUsage().maxRSS / 1024

const fmt = (x: number) => x.toFixed(1).padStart(8)
console.log(
  `rows: ${rows.length.toLocaleString("en")} (${UNITS} units × ${indicators.length} indicators × ${YEARS.length} years); accepted ${accepted}, rejected ${rejected}`,
)
console.log(`load average (1 min) at the end: ${(loadavg()[0] ?? 0).toFixed(1)} on this machine; figures scale with it`)
console.log(`median of ${RUNS} runs after one warm-up (ms):`)
console.log(`  decode + check rows        ${fmt(median(decodeTimes))}   (budget 100)`)
console.log(`  bare struct decode (floor) ${fmt(median(bareTimes))}   (effect Schema, 4 fields, no rules)`)
console.log(`  aggregate + evaluate       ${fmt(median(aggregateTimes))}   (budget 20; 6 areas, on track summed: ${onTrack})`)
console.log(`  hand-written loop (sums)   ${fmt(median(loopTimes))}`)
console.log(`  aggregate+evaluate ÷ loop  ${fmt(median(aggregateTimes) / median(loopTimes))}×`)
console.log(`peak memory (max RSS): ${peakMb.toFixed(0)} MB   (budget 300)`)

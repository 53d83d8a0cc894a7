#!/usr/bin/env node
// Runs every program in examples/ against the built package and checks its key output lines
// against values computed here from the library (the built dist), never typed in by hand.
// Inputs an example defines inline (a CSV text, a report array, a holder count) are read from
// its source, so the check follows the example when someone edits it.
// Run after the package build: node scripts/run-examples.mjs
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { runInNewContext } from "node:vm"

const root = new URL("..", import.meta.url).pathname
const examples = join(root, "examples")
const dist = join(root, "packages", "plan", "dist")
if (!existsSync(join(dist, "index.js"))) {
  console.error("run-examples: build the package first (npx -y pnpm@10.34.9 build)")
  process.exit(1)
}
const lib = await import(pathToFileURL(join(dist, "index.js")).href)
const Result = await import(pathToFileURL(join(root, "packages", "plan", "node_modules", "effect", "dist", "Result.js")).href)

const run = (file) => {
  const command = file.endsWith(".ts") ? join(root, "node_modules", ".bin", "tsx") : process.execPath
  const result = spawnSync(command, [file], { cwd: examples, encoding: "utf8" })
  return { status: result.status, stdout: result.stdout ?? "", stderr: result.stderr ?? "" }
}
const source = (file) => readFileSync(join(examples, file), "utf8")
const lines = (out) => out.split("\n").filter((l) => l !== "")
const success = (r) => {
  if (!Result.isSuccess(r)) throw new Error(`library call failed: ${JSON.stringify(r.failure)}`)
  return r.success
}

/** Each check returns the problems it found in the example's output. */
const checks = {
  "readme.ts": (out) => {
    const holders = lib.getIndicator("certificate-holders")
    const want = `${holders.name.en}: +${holders.increase.printed} 万 = ${holders.increase.value} people`
    return out.includes(want) ? [] : [`missing “${want}”`]
  },
  "plan-data.ts": (out) => {
    const want = [
      `${lib.indicators.length} main indicators`,
      ...lib.indicators.map((row) => `${row.sequence}. ${row.id}: +${row.increase.value} `),
      `Ningxia census population: ${lib.regionCensusPopulation}`,
      ...lib.cities.map(
        (c) => `${c.code} ${c.name.zh} ${c.name.en}: ${lib.cityCensusPopulation(c.code)} (${c.counties.length} county-level units)`,
      ),
    ]
    return want.filter((w) => !out.includes(w)).map((w) => `missing “${w}”`)
  },
  "certificate-shortfall.ts": (out) => {
    const problems = []
    const rows = lines(out)
      .map((l) => /^(\d{6}|Ningxia)\b.*: holders (\d+), required (\d+), shortfall (\d+)$/.exec(l))
      .filter((m) => m !== null)
    if (rows.length !== lib.cities.length + 1) problems.push(`expected ${lib.cities.length + 1} result lines, found ${rows.length}`)
    for (const [, code, holders, required, shortfall] of rows) {
      const population = code === "Ningxia" ? lib.regionCensusPopulation : lib.cityCensusPopulation(code)
      const r = success(lib.certificateShare({ holders: Number(holders), population }))
      if (r.requiredHolders !== Number(required) || r.shortfall !== Number(shortfall)) {
        problems.push(
          `${code}: printed required ${required}, shortfall ${shortfall}; the library gives ${r.requiredHolders}, ${r.shortfall}`,
        )
      }
    }
    return problems
  },
  "validate-report.ts": (out) => {
    const csv = /const exported = `([\s\S]*?)`/.exec(source("validate-report.ts"))?.[1]
    if (csv === undefined) return ["cannot find the exported CSV in the source"]
    const table = lib.parseCsv(csv)
    const checked = lib.checkObservations(lib.csvObservationInputs(table.records))
    const want = [
      `rows: ${table.records.length}, accepted: ${checked.accepted.size}, rejected: ${checked.rejected.length + table.problems.length}`,
      ...checked.rejected.map((r) => `line ${r.line}: ${r.reasons.join("; ")}`),
    ]
    const problems = want.filter((w) => !out.includes(w)).map((w) => `missing “${w}”`)
    if (checked.rejected.length === 0) problems.push("the sample report should show rejected rows")
    return problems
  },
  "final-evaluation.ts": (out) => {
    const literal = /const report = (\[[\s\S]*?\n\])/.exec(source("final-evaluation.ts"))?.[1]
    if (literal === undefined) return ["cannot find the report array in the source"]
    const report = runInNewContext(`(${literal})`)
    const checked = lib.checkObservations(report.map((input, i) => ({ line: i + 1, input })))
    const evaluation = lib.evaluatePlan({ date: "2025-12-31", data: lib.evaluationData(lib.aggregate(checked.accepted), "640000") })
    const want = [evaluation.summary.en, evaluation.summary.zh, `Without data: ${evaluation.lackingData.length} targets`]
    for (const { target, result } of evaluation.items) {
      if (result._tag !== "Evaluated") continue
      want.push(
        `${target.key}: achieved ${result.achieved} of ${result.target}, completion ${(result.completion * 100).toFixed(1)} %, ${lib.linearStatusNames[result.linear.status].en}`,
      )
    }
    return want.filter((w) => !out.includes(w)).map((w) => `missing “${w}”`)
  },
  "without-effect.mjs": (out) => {
    const holders = Number(/holders: (\d+), population: regionCensusPopulation/.exec(source("without-effect.mjs"))?.[1])
    const share = lib.certificateShareFromUnknown({ holders, population: lib.regionCensusPopulation })
    const split = lib.allocateFromUnknown({ total: lib.getIndicator("grassroots-organisations").increase.value, units: lib.cityWeights(1) })
    if (!share.ok || !split.ok) return ["the library rejected the example's input"]
    const want = [
      `required ${share.value.requiredHolders}, shortfall ${share.value.shortfall}`,
      "issue holders: ",
      "issue population: ",
      ...split.value.parts.map((p) => `part ${p.code}: ${p.part}`),
    ]
    return want.filter((w) => !out.includes(w)).map((w) => `missing “${w}”`)
  },
}

const files = readdirSync(examples).filter((f) => /\.(ts|mjs)$/.test(f) && !f.endsWith(".d.ts"))
let failed = 0
for (const file of files) {
  const result = run(file)
  const check = checks[file]
  const problems =
    result.status !== 0
      ? [`exited with ${result.status}: ${result.stderr.trim()}`]
      : check === undefined
        ? ["no output check for this example: add one to scripts/run-examples.mjs"]
        : check(result.stdout)
  if (problems.length === 0) console.log(`✔ examples/${file} (${lines(result.stdout).length} lines of output, key lines checked)`)
  else {
    failed++
    console.error(`✖ examples/${file}`)
    for (const p of problems) console.error(`    ${p}`)
  }
}
console.log(
  failed === 0
    ? `examples: all ${files.length} ran and printed what the library computes`
    : `examples: ${failed} of ${files.length} failed`,
)
process.exit(failed === 0 ? 0 : 1)

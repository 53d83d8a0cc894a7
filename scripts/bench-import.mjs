#!/usr/bin/env node
// Node cold import time of the built package against `effect/Schema` alone, each in a
// fresh process, median of N runs, printed with the ratio. Budget: the package's main
// entry ≤ 1.2× effect/Schema. A benchmark prints figures; it never fails the build.
// Run after the package build: node scripts/bench-import.mjs [runs]
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"

const root = new URL("..", import.meta.url).pathname
const packageDir = join(root, "packages", "plan")
const runs = Number(process.argv[2] ?? 11)
const budget = 1.2

if (!existsSync(join(packageDir, "dist", "index.js"))) {
  console.error("bench-import: build the package first (npx -y pnpm@10.34.9 build)")
  process.exit(1)
}

const subjects = [
  { name: "effect/Schema (baseline)", specifier: "effect/Schema" },
  { name: "@ningxia-redcross/plan", specifier: "@ningxia-redcross/plan" },
  { name: "@ningxia-redcross/plan/schemas", specifier: "@ningxia-redcross/plan/schemas" },
  { name: "@ningxia-redcross/plan/data", specifier: "@ningxia-redcross/plan/data" },
]
if (existsSync(join(packageDir, "dist", "formulas.js"))) {
  subjects.push({ name: "@ningxia-redcross/plan/formulas", specifier: "@ningxia-redcross/plan/formulas" })
}

// Resolved from inside the package (Node's package self-reference), as a dependent would.
const importOnce = (specifier) => {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t))`
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: packageDir, encoding: "utf8" })
  if (result.status !== 0) throw new Error(`importing ${specifier} failed: ${result.stderr}`)
  return Number(result.stdout)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

// Interleave the subjects so that machine noise affects them alike; one warm-up round fills the OS file cache.
const times = new Map(subjects.map((s) => [s.name, []]))
for (const s of subjects) importOnce(s.specifier)
for (let i = 0; i < runs; i++) for (const s of subjects) times.get(s.name).push(importOnce(s.specifier))

const baseline = median(times.get(subjects[0].name))
const width = Math.max(...subjects.map((s) => s.name.length))
console.log(`Cold import in a fresh Node ${process.version} process, median of ${runs} runs`)
console.log(`${"module".padEnd(width)}  ${"ms".padStart(7)}  ratio`)
for (const s of subjects) {
  const ms = median(times.get(s.name))
  console.log(`${s.name.padEnd(width)}  ${ms.toFixed(1).padStart(7)}  ${(ms / baseline).toFixed(2)}×`)
}
const ratio = median(times.get("@ningxia-redcross/plan")) / baseline
console.log(
  `budget: @ningxia-redcross/plan ≤ ${budget}× effect/Schema: ${ratio.toFixed(2)}× ${ratio <= budget ? "within budget" : "OVER BUDGET"}`,
)

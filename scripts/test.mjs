#!/usr/bin/env node
// The whole test suite, in the order a failure is cheapest to find: format and lint,
// typecheck, unit and property tests, the package build, the site build, then browser
// tests against the built site. Ends with one line: "N passed, N failed".
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"

const root = new URL("..", import.meta.url).pathname
const reports = join(root, ".reports")
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium"
const failures = []
let extraPassed = 0
let extraFailed = 0

const run = (name, command, args, options = {}) => {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...options.env } })
  const ok = result.status === 0
  if (!ok) failures.push(name)
  if (options.counts) {
    if (ok) extraPassed += 1
    else extraFailed += 1
  }
  return ok
}

const bin = (name) => join(root, "node_modules", ".bin", name)
const pnpm = (...args) => ["npx", ["-y", "pnpm@10.34.9", ...args]]

run("format and lint (biome)", bin("biome"), ["check", "."], { counts: true })
run("typecheck", ...pnpm("-r", "--if-present", "typecheck"), { counts: true })
run("unit and property tests (vitest)", bin("vitest"), [
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile=${join(reports, "unit.json")}`,
])
const built = run("build the package (tsc, one module per file, + JSON Schemas)", ...pnpm("--filter", "@ningxia-redcross/plan", "build"), {
  counts: true,
})
if (existsSync(join(root, "scripts", "check-package.mjs")) && built) {
  run("package checks", "node", [join(root, "scripts", "check-package.mjs")], { counts: true })
}
if (existsSync(join(root, "scripts", "run-examples.mjs")) && built) {
  run("examples", "node", [join(root, "scripts", "run-examples.mjs")], { counts: true })
}
const site = built && run("build the site (typedoc + vitepress)", ...pnpm("--filter", "docs", "build:all"), { counts: true })

if (!existsSync(chromium)) {
  const message = `Browser tests need Chromium at ${chromium} (apt-get install -y chromium, or set CHROME_PATH).`
  if (process.env.CI) {
    console.error(`\n✖ ${message}`)
    failures.push("browser tests (no Chromium)")
    extraFailed += 1
  } else {
    console.warn(`\n⚠ Skipping browser tests. ${message}`)
  }
} else if (site && existsSync(join(root, "docs", "vitest.e2e.config.ts"))) {
  run("browser tests (playwright-core + axe, Debian Chromium)", bin("vitest"), [
    "run",
    "--config",
    "docs/vitest.e2e.config.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${join(reports, "e2e.json")}`,
  ])
}

let passed = extraPassed
let failed = extraFailed
for (const file of ["unit.json", "e2e.json"]) {
  const path = join(reports, file)
  if (!existsSync(path)) continue
  const report = JSON.parse(readFileSync(path, "utf8"))
  passed += report.numPassedTests ?? 0
  failed += report.numFailedTests ?? 0
}
if (failures.length > 0) console.error(`\nFailed steps: ${failures.join("; ")}`)
if (failures.length > 0 && failed === 0) failed = failures.length
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failures.length > 0 || failed > 0 ? 1 : 0)

#!/usr/bin/env node
// Site budgets, measured and printed (never asserted): site build seconds (typedoc,
// vitepress, compression), Lighthouse mobile performance and accessibility for the home page, a chapter
// page, an indicator page and a calculator page, and the JavaScript each page type loads, in KB gzipped.
//
//   node docs/scripts/budget.mjs            build, then measure
//   node docs/scripts/budget.mjs --no-build measure the existing build
//   node docs/scripts/budget.mjs --no-build --js-only   only the JavaScript table
//   node docs/scripts/budget.mjs --runs=5   Lighthouse each page 5 times, print the median
//                                            run (by performance score) and the range
//
// DOCS_OUT_DIR measures a build made elsewhere. The site is served as the README's run command
// serves it (scripts/serve.mjs), with the files compressed at build time.
// Uses Debian's Chromium (CHROME_PATH, default /usr/bin/chromium). Budgets from the issue:
// build (typedoc, vitepress, compression) ≤ 60 s on the 2-core machine; performance ≥ 0.95
// and accessibility = 1.0.
import { spawn, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { gzipSync } from "node:zlib"
import { chromium } from "playwright-core"
import { chromiumArgs, chromiumPath } from "./chromium.mjs"
import { serveSite } from "./serve.mjs"

const docs = new URL("..", import.meta.url).pathname
const bin = (name) => join(docs, "node_modules", ".bin", name)
const chrome = chromiumPath
const build = !process.argv.includes("--no-build")
const runsArg = process.argv.find((arg) => arg.startsWith("--runs="))
const runs = runsArg === undefined ? 1 : Math.max(1, Number.parseInt(runsArg.slice("--runs=".length), 10) || 1)

const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1)

if (build) {
  let start = performance.now()
  const api = spawnSync(bin("typedoc"), [], { cwd: docs, stdio: "ignore" })
  const apiSeconds = seconds(start)
  start = performance.now()
  const vitepress = spawnSync(bin("vitepress"), ["build", "."], { cwd: docs, stdio: "ignore" })
  const siteSeconds = seconds(start)
  start = performance.now()
  const compress = spawnSync(process.execPath, [join(docs, "scripts", "compress.mjs")], { cwd: docs, stdio: "ignore" })
  const compressSeconds = seconds(start)
  const total = [apiSeconds, siteSeconds, compressSeconds].reduce((sum, s) => sum + Number(s), 0)
  console.log(
    `build: typedoc ${apiSeconds} s (exit ${api.status}), vitepress ${siteSeconds} s (exit ${vitepress.status}), compression ${compressSeconds} s (exit ${compress.status}), total ${total.toFixed(1)} s (budget 60 s)`,
  )
}

// Served as the README's run command serves it: the build's precompressed files (scripts/serve.mjs).
const site = await serveSite({ port: 0 })
const base = `http://localhost:${site.port}`

try {
  const lighthousePages = [
    ["home", "/"],
    ["chapter", "/plan/goals.html"],
    ["indicator", "/indicators/certificate-holders.html"],
    ["calculator", "/calculators/certificate-share.html"],
  ]
  console.log(`\nLighthouse (mobile, simulated throttling): performance / accessibility${runs > 1 ? `, median of ${runs} runs` : ""}`)
  console.log(
    `  load average before: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")} (${cpus().length} cores)`,
  )
  // Asynchronous: the site is served from this process, which must stay free to answer.
  const lighthouse = async (path) => {
    const out = join(mkdtempSync(join(tmpdir(), "lh-")), "report.json")
    const status = await new Promise((resolve) => {
      const child = spawn(
        bin("lighthouse"),
        [
          base + path,
          "--output=json",
          `--output-path=${out}`,
          "--only-categories=performance,accessibility",
          "--quiet",
          "--chrome-flags=--headless --no-sandbox --disable-gpu",
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, stdio: "ignore" },
      )
      child.on("error", () => resolve(1))
      child.on("exit", (code) => resolve(code))
    })
    if (status !== 0) return undefined
    const report = JSON.parse(readFileSync(out, "utf8"))
    rmSync(dirname(out), { recursive: true, force: true })
    const audit = (id) => report.audits[id]?.displayValue ?? "?"
    return {
      performance: report.categories.performance.score,
      accessibility: report.categories.accessibility.score,
      detail: `FCP ${audit("first-contentful-paint")}, LCP ${audit("largest-contentful-paint")}, TBT ${audit("total-blocking-time")}, SI ${audit("speed-index")}, CLS ${audit("cumulative-layout-shift")}`,
    }
  }
  for (const [name, path] of process.argv.includes("--js-only") ? [] : lighthousePages) {
    const results = []
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(path)
      if (result !== undefined) results.push(result)
    }
    if (results.length === 0) {
      console.log(`  ${name.padEnd(10)} lighthouse failed`)
      continue
    }
    results.sort((a, b) => a.performance - b.performance)
    const median = results[Math.floor(results.length / 2)]
    const range = results.length > 1 ? `   [${results.map((r) => r.performance.toFixed(2)).join(" ")}]` : ""
    console.log(`  ${name.padEnd(10)} ${median.performance.toFixed(2)} / ${median.accessibility.toFixed(2)}   (${median.detail})${range}`)
  }
  console.log(
    `  load average after: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`,
  )

  const pageTypes = [
    ["home", "/"],
    ["chapter", "/plan/tasks.html"],
    ["indicator table", "/indicators/"],
    ["indicator", "/indicators/certificate-holders.html"],
    ["review", "/review/traceability.html"],
    ["downloads", "/downloads.html"],
    ["calculator", "/calculators/certificate-share.html"],
    ["API", "/api/PlanData.html"],
    ["home (en)", "/en/"],
  ]
  console.log("\nJavaScript loaded on first visit (until the network is idle), KB gzipped (level 9)")
  const profile = mkdtempSync(join(tmpdir(), "budget-"))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chrome,
    args: [...chromiumArgs],
  })
  for (const [name, path] of pageTypes) {
    const page = await context.newPage()
    // Scripts requested before the load event hold up the first screen; later ones (loaded
    // when the browser is idle, e.g. a calculator's library) are printed apart.
    const scripts = []
    let loaded = false
    page.on("load", () => {
      loaded = true
    })
    page.on("request", (request) => {
      if (request.resourceType() === "script") {
        const early = !loaded
        scripts.push(
          request
            .response()
            .then((response) => response?.body())
            .then((body) => ({ early, size: body === undefined ? 0 : gzipSync(body, { level: 9 }).length })),
        )
      }
    })
    await page.goto(base + path, { waitUntil: "networkidle" })
    const sizes = await Promise.all(scripts)
    const total = (list) => (list.reduce((a, b) => a + b.size, 0) / 1024).toFixed(1).padStart(6)
    const early = sizes.filter((s) => s.early)
    const late = sizes.filter((s) => !s.early)
    console.log(
      `  ${name.padEnd(16)} ${total(sizes)} KB in ${String(sizes.length).padStart(2)} files; before load ${total(early)} KB in ${early.length}, after ${total(late)} KB in ${late.length}`,
    )
    await page.close()
  }
  await context.close()
  rmSync(profile, { recursive: true, force: true })
} finally {
  await site.close()
}

#!/usr/bin/env node
// Browser bundle sizes of the built package, as a consumer's bundler sees it (esbuild,
// minified, through the package's "exports" map and "sideEffects": false), gzipped.
// Budget: one formula with its input schema ≤ 30 KB gz including effect. Also checks that
// the formula bundle holds none of the plan's paragraphs (the full text stays behind the
// "./data" entry) while the data bundle holds them all. Prints PASS/FAIL; exits 1 on FAIL.
// Run after the package build: node scripts/size.mjs
import { existsSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"
import { gzipSync } from "node:zlib"

const root = new URL("..", import.meta.url).pathname
const packageDir = join(root, "packages", "plan")
const esbuild = createRequire(join(packageDir, "package.json"))("esbuild")

if (!existsSync(join(packageDir, "dist", "index.js"))) {
  console.error("size: build the package first (npx -y pnpm@10.34.9 build)")
  process.exit(1)
}

/** Paragraphs of running text from the built plan.json (not typed here): the guiding ideology, principles, measures. */
const planJson = JSON.parse(readFileSync(join(packageDir, "dist", "plan.json"), "utf8"))
const paragraphs = [
  ...planJson.guidingIdeology.paragraphs.map((p) => p.zh),
  ...planJson.principles.items.map((p) => p.body.zh),
  ...planJson.measures.items.map((p) => p.body.zh),
]
  .filter((text) => typeof text === "string" && text.length >= 40)
  .map((text) => text.slice(10, 40))

const kb = (bytes) => (bytes / 1024).toFixed(1)

const bundles = [
  {
    name: "one formula: certificateShareFromUnknown + CertificateShareInput",
    entry: `import { certificateShareFromUnknown, CertificateShareInput } from "@ningxia-redcross/plan/formulas"\nglobalThis.keep = [certificateShareFromUnknown, CertificateShareInput]`,
    budgetKb: 30,
    noPlanText: true,
  },
  {
    name: "schemas: @ningxia-redcross/plan/schemas (all)",
    entry: `import * as m from "@ningxia-redcross/plan/schemas"\nglobalThis.keep = m`,
  },
  {
    name: "whole plan data: @ningxia-redcross/plan/data (all)",
    entry: `import * as m from "@ningxia-redcross/plan/data"\nglobalThis.keep = m`,
    allPlanText: true,
  },
  { name: "whole package: @ningxia-redcross/plan (all)", entry: `import * as m from "@ningxia-redcross/plan"\nglobalThis.keep = m` },
  {
    name: "reference: effect/Schema decodeUnknownSync alone",
    entry: `import * as Schema from "effect/Schema"\nglobalThis.keep = [Schema.decodeUnknownSync, Schema.Struct, Schema.Finite]`,
  },
]

let failed = false
const rows = []
for (const bundle of bundles) {
  let result
  try {
    result = await esbuild.build({
      stdin: { contents: bundle.entry, resolveDir: packageDir, loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      charset: "utf8",
      write: false,
      logLevel: "silent",
    })
  } catch (error) {
    failed = true
    rows.push([bundle.name, "-", "-", `FAIL: ${error.errors?.[0]?.text ?? String(error)}`])
    continue
  }
  const code = result.outputFiles[0].contents
  const text = new TextDecoder().decode(code)
  const gz = gzipSync(code, { level: 9 }).length
  const notes = []
  let ok = true
  if (bundle.budgetKb !== undefined) {
    ok = gz <= bundle.budgetKb * 1024
    notes.push(`budget ≤ ${bundle.budgetKb} KB gz: ${ok ? "PASS" : "FAIL"}`)
  }
  if (bundle.noPlanText) {
    const found = paragraphs.filter((p) => text.includes(p))
    if (found.length > 0) ok = false
    notes.push(`plan paragraphs in bundle: ${found.length} of ${paragraphs.length}${found.length > 0 ? " FAIL" : " PASS"}`)
  }
  if (bundle.allPlanText) {
    const found = paragraphs.filter((p) => text.includes(p))
    if (found.length !== paragraphs.length) ok = false
    notes.push(`plan paragraphs in bundle: ${found.length} of ${paragraphs.length}${found.length !== paragraphs.length ? " FAIL" : ""}`)
  }
  if (!ok) failed = true
  rows.push([bundle.name, kb(code.length), kb(gz), notes.join("; ")])
}

const width = Math.max(...rows.map((r) => r[0].length))
console.log(`${"bundle".padEnd(width)}  ${"min KB".padStart(8)}  ${"gzip KB".padStart(8)}  check`)
for (const [name, min, gz, note] of rows) console.log(`${name.padEnd(width)}  ${min.padStart(8)}  ${gz.padStart(8)}  ${note}`)
console.log(failed ? "size: FAIL" : "size: PASS")
process.exit(failed ? 1 : 0)

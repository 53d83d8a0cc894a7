#!/usr/bin/env node
// Release checks of the built @ningxia-redcross/plan, as CI runs them after the build:
// publint and @arethetypeswrong/cli pass; the
// packed tarball holds every export, bin and type file (and no sources or tests); the
// built CLI runs; `changeset status` passes and a dry `changeset version` on a temp copy
// bumps the version and writes the changelog the changesets ask for; the bundle-size
// budget passes (scripts/size.mjs); the import-time benchmark prints its ratio.
// Exits 1 if any check fails. Usage: node scripts/check-package.mjs
import { spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const root = new URL("..", import.meta.url).pathname
const packageDir = join(root, "packages", "plan")
const bin = (name) => join(root, "node_modules", ".bin", name)
const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"))
const failures = []

const step = (name, fn) => {
  console.log(`\n● ${name}`)
  try {
    const problems = fn() ?? []
    if (problems.length > 0) {
      for (const p of problems) console.error(`  ✖ ${p}`)
      failures.push(name)
    } else console.log("  ✔ ok")
  } catch (error) {
    console.error(`  ✖ ${error instanceof Error ? error.message : String(error)}`)
    failures.push(name)
  }
}

const exec = (command, args, options = {}) => {
  const result = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, ...options })
  if (result.error) throw result.error
  return result
}

// Runs and streams a tool; a non-zero exit is a problem.
const tool = (label, command, args, options = {}) => {
  const result = exec(command, args, options)
  const out = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim()
  if (out !== "") console.log(out.replace(/^/gm, "  "))
  return result.status === 0 ? [] : [`${label} exited with ${result.status}`]
}

// The build regenerates schemas/*.json from the effect schemas, so the shipped files are always
// current; the committed copies (for readers of the repository) may lag behind: warn only.
{
  const stale = exec("git", ["status", "--porcelain", "--", "packages/plan/schemas"]).stdout.trim()
  console.log(
    stale === ""
      ? "\n● committed JSON Schemas match the build"
      : `\n⚠ the build changed the committed JSON Schemas; commit them:\n${stale.replace(/^/gm, "  ")}`,
  )
}

step("publint --strict", () => tool("publint", bin("publint"), ["run", packageDir, "--strict", "--pack", "npm"]))

step("@arethetypeswrong/cli (ESM-only profile: CommonJS and node10 resolution are not supported)", () => {
  const result = exec(bin("attw"), ["--pack", packageDir, "--profile", "esm-only", "--format", "json"])
  const report = JSON.parse(result.stdout)
  const ignored = new Set(["node10", "node16-cjs"])
  const problems = Object.values(report.problems ?? {})
    .flat()
    .filter((p) => !ignored.has(p.resolutionKind))
    .map((p) => `${p.kind} at ${p.entrypoint} (${p.resolutionKind})`)
  console.log(`  entrypoints: ${Object.keys(report.analysis.entrypoints).join(", ")}`)
  if (result.status !== 0 && problems.length === 0) problems.push(`attw exited with ${result.status}`)
  return problems
})

step("the packed tarball holds every export, bin and type file, and no sources or tests", () => {
  const result = exec("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: packageDir })
  if (result.status !== 0) return [`npm pack failed: ${result.stderr}`]
  const files = new Set(JSON.parse(result.stdout)[0].files.map((f) => f.path))
  const problems = []
  const targets = []
  const collect = (value) => {
    if (typeof value === "string") targets.push(value)
    else if (value !== null && typeof value === "object") for (const v of Object.values(value)) collect(v)
  }
  collect(pkg.exports)
  collect(pkg.bin)
  targets.push(pkg.main, pkg.types, "LICENSE", "README.md")
  for (const target of targets) {
    const path = target.replace(/^\.\//, "")
    if (path.includes("*")) {
      const re = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace("*", "[^/]+")}$`)
      if (![...files].some((f) => re.test(f))) problems.push(`no file in the tarball matches ${target}`)
    } else if (!files.has(path)) problems.push(`${target} is not in the tarball`)
  }
  for (const f of files) if (/^(src|test|scripts)\//.test(f) || f.endsWith(".test.ts")) problems.push(`${f} should not be published`)
  for (const target of Object.values(pkg.bin)) {
    const text = readFileSync(join(packageDir, target), "utf8")
    if (!text.startsWith("#!/usr/bin/env node")) problems.push(`${target} has no #!/usr/bin/env node line`)
  }
  console.log(`  ${files.size} files; exports: ${Object.keys(pkg.exports).join(", ")}; bin: ${Object.keys(pkg.bin).join(", ")}`)
  return problems
})

step("package metadata", () => {
  const problems = []
  if (pkg.type !== "module") problems.push('"type" must be "module" (ESM only)')
  if (pkg.sideEffects !== false) problems.push('"sideEffects" must be false')
  if (typeof pkg.engines?.node !== "string") problems.push('"engines.node" is missing')
  for (const field of ["license", "repository", "keywords", "description", "bin"])
    if (pkg[field] === undefined) problems.push(`"${field}" is missing`)
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value === "object" && (value.types === undefined || Object.keys(value)[0] !== "types"))
      problems.push(`export ${key} must list "types" first`)
  }
  return problems
})

step("the built CLI runs", () => {
  const cli = join(packageDir, pkg.bin["ningxia-plan"])
  const result = exec(process.execPath, [cli, "indicators", "--format", "json"])
  if (result.status !== 0) return [`ningxia-plan indicators exited with ${result.status}: ${result.stderr}`]
  const planJson = JSON.parse(readFileSync(join(packageDir, "dist", "plan.json"), "utf8"))
  const rows = JSON.parse(result.stdout)
  const version = exec(process.execPath, [cli, "--version"]).stdout.trim()
  console.log(`  ningxia-plan ${version}: ${rows.length} indicators`)
  const problems = []
  if (rows.length !== planJson.indicatorTable.rows.length)
    problems.push(`printed ${rows.length} indicators, plan.json has ${planJson.indicatorTable.rows.length}`)
  if (version !== pkg.version) problems.push(`--version prints ${version}, package.json says ${pkg.version}`)
  return problems
})

step("changeset status", () => tool("changeset status", bin("changeset"), ["status"]))

step("dry run of changeset version on a temporary copy", () => {
  const tmp = mkdtempSync(join(tmpdir(), "changeset-dry-"))
  try {
    cpSync(join(root, ".changeset"), join(tmp, ".changeset"), { recursive: true })
    for (const file of ["package.json", "pnpm-workspace.yaml"]) cpSync(join(root, file), join(tmp, file))
    const workspaces = ["docs", "examples", ...readdirSync(join(root, "packages")).map((p) => join("packages", p))]
    for (const dir of workspaces) {
      if (!existsSync(join(root, dir, "package.json"))) continue
      mkdirSync(join(tmp, dir), { recursive: true })
      cpSync(join(root, dir, "package.json"), join(tmp, dir, "package.json"))
      if (existsSync(join(root, dir, "CHANGELOG.md"))) cpSync(join(root, dir, "CHANGELOG.md"), join(tmp, dir, "CHANGELOG.md"))
    }
    // What the changesets ask for: the highest bump for the package and every summary line.
    const changesets = readdirSync(join(root, ".changeset"))
      .filter((f) => f.endsWith(".md") && f !== "README.md")
      .map((f) => readFileSync(join(root, ".changeset", f), "utf8"))
      .map((text) => {
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text.replace(/\r\n/g, "\n"))
        if (match === null) throw new Error(`a changeset has no front matter: ${text.slice(0, 80)}`)
        const bump = new RegExp(`["']?${pkg.name.replace("/", "\\/")}["']?\\s*:\\s*(major|minor|patch)`).exec(match[1])?.[1]
        return { bump, summary: match[2].trim().split("\n")[0] }
      })
      .filter((c) => c.bump !== undefined)
    if (changesets.length === 0) {
      console.log("  no pending changesets for the package: nothing to version")
      return []
    }
    const rank = { patch: 0, minor: 1, major: 2 }
    const bump = changesets.map((c) => c.bump).reduce((a, b) => (rank[b] > rank[a] ? b : a))
    const [major, minor, patch] = pkg.version.split(/[.-]/).map(Number)
    const expected = bump === "major" ? `${major + 1}.0.0` : bump === "minor" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`
    const result = exec(bin("changeset"), ["version"], { cwd: tmp })
    if (result.status !== 0) return [`changeset version exited with ${result.status}: ${result.stderr}`]
    const bumped = JSON.parse(readFileSync(join(tmp, "packages", "plan", "package.json"), "utf8")).version
    const changelog = readFileSync(join(tmp, "packages", "plan", "CHANGELOG.md"), "utf8")
    console.log(`  ${changesets.length} changeset(s), ${bump}: ${pkg.version} → ${bumped}`)
    const problems = []
    if (bumped !== expected) problems.push(`version became ${bumped}, expected ${expected}`)
    if (!changelog.includes(`## ${expected}`)) problems.push(`CHANGELOG.md has no "## ${expected}" heading`)
    for (const c of changesets) if (!changelog.includes(c.summary)) problems.push(`CHANGELOG.md lacks the summary "${c.summary}"`)
    const left = readdirSync(join(tmp, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")
    if (left.length > 0) problems.push(`changesets not consumed: ${left.join(", ")}`)
    return problems
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
})

step("bundle-size budget (scripts/size.mjs)", () => tool("size", process.execPath, [join(root, "scripts", "size.mjs")]))

// A benchmark prints figures and never fails the checks.
console.log("\n● cold import time (scripts/bench-import.mjs, informational)")
const bench = exec(process.execPath, [join(root, "scripts", "bench-import.mjs"), "5"])
console.log(`${bench.stdout}${bench.stderr}`.trim().replace(/^/gm, "  "))

console.log(failures.length === 0 ? "\npackage checks: all passed" : `\npackage checks failed: ${failures.join("; ")}`)
process.exit(failures.length === 0 ? 0 : 1)

import { readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const src = resolve(dirname(fileURLToPath(import.meta.url)), "../../src")

const reachable = (entry: string): ReadonlySet<string> => {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, "utf8")
    for (const m of text.matchAll(/from "(\.{1,2}\/[^"]+\.ts)"/g)) if (m[1] !== undefined) visit(resolve(dirname(file), m[1]))
  }
  visit(resolve(src, entry))
  return seen
}

describe("formula, evaluation and report entries", () => {
  it.each(["formulas/index.ts", "evaluation/index.ts", "reports/index.ts"])("%s does not pull in the plan's full text", (entry) => {
    const files = [...reachable(entry)].map((f) => f.slice(src.length + 1))
    expect(files).not.toContain("data/document.ts")
    expect(files).not.toContain("data/plan.ts")
    expect(files).not.toContain("PlanData.ts")
    expect(files).toContain("data/targets.ts")
  })
})

describe("plan passages quoted in the formulas' doc comments", () => {
  it("are verbatim quotes from the target data", async () => {
    const { targets } = await import("../../src/data/targets.ts")
    const quotes = targets.map((t) => t.source.quote)
    const files = ["CertificateShare.ts", "TeacherRatio.ts", "Reserve.ts", "Fundraising.ts", "TargetPath.ts", "YearlyAdditions.ts"]
    const cited = files.flatMap((f) =>
      [...readFileSync(resolve(src, "formulas", f), "utf8").matchAll(/「([^」]+)」/g)].map((m) => m[1] ?? ""),
    )
    expect(cited.length).toBeGreaterThanOrEqual(8)
    for (const c of cited) expect(quotes.some((q) => q.includes(c))).toBe(true)
  })
})

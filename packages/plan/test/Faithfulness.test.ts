import { describe, expect, it } from "vitest"
import { type Block, plan, renderPlan, repairText, targets, unitZh } from "../src/index.ts"
import { originalText, paragraphsOf } from "./helpers.ts"

const repaired = (() => {
  const result = repairText(originalText, plan.errata)
  if (!result.ok) throw new Error(result.mismatches.map((m) => m.reason).join("\n"))
  return result.text
})()
const sourceParagraphs = paragraphsOf(repaired)
const blocks = renderPlan(plan)
const headingKinds: ReadonlyArray<Block["kind"]> = ["title", "chapterHeading", "columnHeading", "projectHeading"]
const noSpace = (s: string) => s.replace(/\s+/g, "")

describe("the data against the source text", () => {
  it("every erratum matches the source text where it says", () => {
    const result = repairText(originalText, plan.errata)
    expect(result.ok ? [] : result.mismatches.map((m) => m.reason)).toEqual([])
  })

  it("the repaired text has no conversion artifacts left", () => {
    expect(repaired).not.toMatch(/<\/?p>|\*\*| and |^- |市县级十字/m)
  })

  it("the repaired text differs from the original only at the errata", () => {
    // Undo every erratum on the repaired text: walking the errata in order, the
    // original is the repaired text with each repair swapped back.
    let rebuilt = ""
    let cursor = 0
    const lines = originalText.split("\n")
    const offsetOf = (line: number, column: number) => lines.slice(0, line - 1).reduce((acc, l) => acc + l.length + 1, 0) + column - 1
    let shift = 0
    for (const e of plan.errata) {
      const at = offsetOf(e.line, e.column) + shift
      rebuilt += repaired.slice(cursor, at) + e.original
      cursor = at + e.repaired.length
      shift += e.repaired.length - e.original.length
    }
    rebuilt += repaired.slice(cursor)
    expect(rebuilt).toBe(originalText)
  })

  it("records each kind of repair the brief names", () => {
    const kinds = new Set(plan.errata.map((e) => e.kind))
    expect([...kinds].sort()).toEqual(["listMarker", "markup", "missingCharacter", "pageBreak", "wording"])
    expect(plan.errata.filter((e) => e.kind === "wording").every((e) => e.original === " and " && e.repaired === "和")).toBe(true)
  })

  it("every paragraph of the plan is in the data, in order", () => {
    expect(blocks.map((b) => noSpace(b.zh))).toEqual(sourceParagraphs.map(noSpace))
  })

  it("every paragraph that is not a heading is held verbatim, spaces included", () => {
    blocks.forEach((block, i) => {
      if (headingKinds.includes(block.kind)) return
      expect(block.zh, `paragraph ${i} (${block.section})`).toBe(sourceParagraphs[i])
    })
  })

  it("the indicator table renders exactly as printed", () => {
    const rows = sourceParagraphs.filter((p) => /^\d+\t/.test(p))
    expect(rows).toHaveLength(15)
    expect(plan.indicatorTable.rows.map((r) => `${r.sequence}\t${r.name.zh}（${unitZh(r.increase.unit)}）\t${r.increase.printed}`)).toEqual(
      rows,
    )
  })

  it("every quote occurs verbatim in the repaired source text and in its own section", () => {
    const quotes = [
      ...targets.map((t) => ({ id: t.id, ...t.source })),
      ...plan.metadata.basis.map((d) => ({ id: d.title.en, ...d.cited })),
      ...plan.metadata.citedDocuments.map((d) => ({ id: d.title.en, ...d.cited })),
      ...plan.notTargets.map((n) => ({ id: n.quote, section: n.section, quote: n.quote })),
    ]
    for (const q of quotes) {
      expect(repaired.includes(q.quote), `${q.id}: ${q.quote}`).toBe(true)
      const inSection = blocks.some((b) => b.section === q.section && b.zh.includes(q.quote))
      expect(inSection, `${q.id} is not in ${q.section}`).toBe(true)
    }
  })

  it("cited documents' titles occur in the text", () => {
    for (const d of [...plan.metadata.basis, ...plan.metadata.citedDocuments]) {
      const bare = d.title.zh.replace("（拟出台）", "")
      expect(repaired.includes(bare), bare).toBe(true)
    }
  })

  it("every indicator's figure and every target's figure are the printed ones times the scale", () => {
    for (const row of plan.indicatorTable.rows) {
      const line = sourceParagraphs.find((p) => p.startsWith(`${row.sequence}\t`))
      expect(line?.endsWith(`\t${row.increase.printed}`)).toBe(true)
    }
    for (const t of targets) {
      if (t.quantity !== undefined) expect(t.source.quote).toContain(t.quantity.printed)
    }
  })
})

import * as Schema from "effect/Schema"
import { describe, expect, it } from "vitest"
import { glossaryData } from "../src/data/glossary.ts"
import { getGlossaryEntry, glossary, glossaryTermsIn } from "../src/GlossaryData.ts"
import { Glossary } from "../src/model/Glossary.ts"
import { plan } from "../src/PlanData.ts"
import { renderPlan } from "../src/Render.ts"

const blocks = renderPlan(plan)
const allZh = blocks.map((b) => b.zh).join("\n")
/** Lower case, hyphens as spaces: “first-aid” uses the term “first aid”. */
const normal = (s: string) => s.toLowerCase().replace(/[-‐‑]/g, " ")
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
/** A parenthesised group in the English that contains the Chinese term. */
const parenthesised = (en: string, zh: string) => new RegExp(`\\([^()]*${escapeRegExp(zh)}[^()]*\\)`, "u").test(en)
// Indicator-table rows name indicators in `indicators.ts`, whose English is not written
// from this glossary; the plan's paragraphs, headings and colophon are.
const translated = blocks.filter((b) => b.kind !== "tableRow")

describe("glossary", () => {
  it("has more than 40 entries and decodes", () => {
    expect(glossary.length).toBeGreaterThan(40)
    expect(Schema.decodeUnknownSync(Glossary)(glossaryData)).toEqual(glossary)
  })

  it("rejects a duplicated Chinese term", () => {
    const twice = [...glossaryData, glossaryData[0]]
    expect(() => Schema.decodeUnknownSync(Glossary)(twice)).toThrow(/duplicate glossary term/)
  })

  it("lists only terms the plan uses", () => {
    const unused = glossary.filter((e) => !allZh.includes(e.zh)).map((e) => e.zh)
    expect(unused).toEqual([])
  })

  it("is used consistently: every paragraph containing a term uses its English", () => {
    const misses: Array<string> = []
    for (const block of translated) {
      for (const entry of glossaryTermsIn(block.zh)) {
        if (!normal(block.en).includes(normal(entry.en))) misses.push(`${block.section}: ${entry.zh} → “${entry.en}”`)
      }
    }
    expect(misses).toEqual([])
  })

  it("gives the Chinese in parentheses where a programme or brand is first named in English", () => {
    const misses: Array<string> = []
    for (const entry of glossary.filter((e) => e.kind === "programme" || e.kind === "brand")) {
      const firstZh = blocks.find((b) => b.zh.includes(entry.zh))
      const firstEn = blocks.find((b) => normal(b.en).includes(normal(entry.en)))
      if (firstZh === undefined || firstEn === undefined) {
        misses.push(`${entry.zh}: not found`)
        continue
      }
      if (firstEn !== firstZh) misses.push(`${entry.zh}: English first used in ${firstEn.section}, Chinese first in ${firstZh.section}`)
      if (!parenthesised(firstZh.en, entry.zh)) misses.push(`${entry.zh}: no (${entry.zh}) in ${firstZh.section}`)
    }
    expect(misses).toEqual([])
  })

  it("fails the consistency check on a paragraph that drops a term's English", () => {
    const block = translated.find((b) => b.zh.includes("红十字天使计划"))
    expect(block).toBeDefined()
    const dropped = (block?.en ?? "").replaceAll("Red Cross Angel Programme", "Angel scheme")
    const entry = getGlossaryEntry("红十字天使计划")
    expect(entry).toBeDefined()
    expect(normal(dropped).includes(normal(entry?.en ?? ""))).toBe(false)
  })
})

describe("getGlossaryEntry", () => {
  it("finds an entry by its Chinese term", () => {
    expect(getGlossaryEntry("博爱家园")).toMatchObject({ en: "Fraternity Homes", kind: "programme" })
    expect(getGlossaryEntry("博爱")).toBeUndefined()
  })
})

describe("glossaryTermsIn", () => {
  it("matches the longest term at each position, in text order", () => {
    expect(glossaryTermsIn("精心打造“博爱·未来—红十字救在身边”品牌").map((e) => e.zh)).toEqual(["博爱·未来—红十字救在身边"])
    expect(glossaryTermsIn("新增遗体和人体器官捐献登记人数").map((e) => e.zh)).toEqual(["遗体和人体器官捐献"])
    expect(glossaryTermsIn("3.7 万人份").map((e) => e.zh)).toEqual(["万人份"])
    expect(glossaryTermsIn("没有术语")).toEqual([])
  })
})

import { describe, expect, it } from "vitest"
import { formatNumber, formatQuantity } from "../src/Format.ts"
import { glossary } from "../src/GlossaryData.ts"
import { responsibleNames } from "../src/model/Target.ts"
import { plan } from "../src/PlanData.ts"
import { renderPlan } from "../src/Render.ts"

interface Node {
  readonly path: string
  readonly zh: string
  readonly en: unknown
}

/** Every object with a `zh` string anywhere in a value: every Text and Prose. */
const textNodes = (value: unknown, path: string): ReadonlyArray<Node> => {
  if (Array.isArray(value)) return value.flatMap((v, i) => textNodes(v, `${path}[${i}]`))
  if (typeof value !== "object" || value === null) return []
  const entries = Object.entries(value)
  const own: Array<Node> = []
  const zh: unknown = "zh" in value ? value.zh : undefined
  if (typeof zh === "string") own.push({ path, zh, en: "en" in value ? value.en : undefined })
  return [...own, ...entries.flatMap(([k, v]) => textNodes(v, `${path}.${k}`))]
}

const han = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u
const zhByLength = glossary.map((e) => e.zh).sort((a, b) => b.length - a.length)
/** The English with every parenthesised glossary term “(博爱家园)” taken out. */
const withoutGlossaryChinese = (en: string): string => zhByLength.reduce((s, zh) => s.replaceAll(`(${zh})`, ""), en)

const problems = (nodes: ReadonlyArray<Node>): ReadonlyArray<string> =>
  nodes.flatMap((n) => {
    if (typeof n.en !== "string" || n.en.trim() === "") return [`${n.path}: no English`]
    if (n.en === n.zh) return [`${n.path}: English equals the Chinese`]
    const stray = withoutGlossaryChinese(n.en).match(han)
    return stray === null ? [] : [`${n.path}: Chinese “${stray[0]}” outside a parenthesised glossary term`]
  })

const nodes = [...textNodes(plan, "plan"), ...textNodes(responsibleNames, "responsibleNames")]

describe("English text of the plan", () => {
  it("finds every text node: titles, paragraphs, items, table, targets, notes, metadata", () => {
    const sample = (prefix: string) => nodes.filter((n) => n.path.startsWith(prefix)).length
    expect(sample("plan.metadata")).toBeGreaterThan(15)
    expect(sample("plan.tasks")).toBeGreaterThan(100)
    expect(sample("plan.targets")).toBeGreaterThanOrEqual(plan.targets.length)
    expect(sample("plan.notTargets")).toBeGreaterThan(0)
    expect(sample("plan.indicatorTable")).toBeGreaterThan(15)
    expect(nodes.some((n) => n.path === "plan.preamble")).toBe(true)
  })

  it("every text node has English, different from the Chinese, with no Chinese outside parenthesised glossary terms", () => {
    expect(problems(nodes)).toEqual([])
  })

  it("the check fails on missing English, copied Chinese and stray Chinese", () => {
    const bad: ReadonlyArray<Node> = [
      { path: "a", zh: "博爱家园", en: undefined },
      { path: "b", zh: "博爱家园", en: "博爱家园" },
      { path: "c", zh: "博爱家园", en: "Fraternity Homes 博爱家园" },
      { path: "d", zh: "项目", en: "A project (项目)" },
    ]
    expect(problems(bad)).toHaveLength(4)
    expect(problems([{ path: "e", zh: "博爱家园", en: "Fraternity Homes (博爱家园)" }])).toEqual([])
  })

  it("every rendered block has English", () => {
    const blocks = renderPlan(plan)
    expect(blocks.filter((b) => b.en.trim() === "" || han.test(withoutGlossaryChinese(b.en))).map((b) => b.section)).toEqual([])
  })
})

const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

describe("numbers in the English text", () => {
  const blocks = renderPlan(plan)
  it("every target figure appears, formatted for English, in the English of the sentence it comes from", () => {
    const misses: Array<string> = []
    for (const t of plan.targets) {
      const q = t.quantity
      if (q === undefined) continue
      const en = blocks
        .filter((b) => b.section === t.source.section)
        .map((b) => b.en)
        .join("\n")
      const base = q.unit.base
      const figure =
        base === "share" || base === "ratio" || base === "yuan" ? formatQuantity(q.value, q.unit, "en") : formatNumber(q.value, "en")
      const alternatives = [figure, ...(Number.isInteger(q.value) && q.value <= 10 ? [words[q.value] ?? figure] : [])]
      if (!alternatives.some((a) => new RegExp(`(^|[^\\d,.])${a.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\d,])`, "i").test(en))) {
        misses.push(`${t.id}: “${figure}” not in ${t.source.section}`)
      }
    }
    expect(misses).toEqual([])
  })
})

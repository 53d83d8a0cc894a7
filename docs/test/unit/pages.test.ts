// @vitest-environment node
import { readdirSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { indicators, plan, renderPlan, targets } from "@ningxia-redcross/plan"
import { describe, expect, it } from "vitest"
import { csv, csvField, downloadFiles } from "../../.vitepress/content/downloads.ts"
import { allPages, markTargets } from "../../.vitepress/content/pages.ts"

const docs = fileURLToPath(new URL("../..", import.meta.url))

/** Page sources (markdown and dynamic routes) under a folder, relative to it. */
const sources = (dir: string, skip: ReadonlyArray<string>): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name.startsWith(".") || skip.includes(relative(docs, path)) || name === "node_modules") return []
    if (statSync(path).isDirectory()) return sources(path, skip)
    return name.endsWith(".md") || name.endsWith(".paths.ts") ? [relative(dir === docs ? docs : docs, path)] : []
  })

describe("the site's pages", () => {
  it("exist in both locales: every page source has its English twin under en/, and back", () => {
    const all = sources(docs, ["api", "test", "scripts", "public"])
    const zh = all.filter((f) => !f.startsWith("en/")).sort()
    const en = all
      .filter((f) => f.startsWith("en/") && !f.startsWith("en/api/"))
      .map((f) => f.slice(3))
      .sort()
    expect(en).toEqual(zh)
  })

  it("are generated in both locales with the same routes", () => {
    expect(allPages("en").map((p) => p.route)).toEqual(allPages("zh").map((p) => p.route))
  })

  it.each(["zh", "en"] as const)("in %s have a title and an h1, and never print undefined or NaN", (locale) => {
    for (const page of allPages(locale)) {
      expect(page.title.trim()).not.toBe("")
      expect(page.content).toMatch(/<h1 /)
      expect(page.content).not.toMatch(/undefined|NaN|Infinity|\[object /)
    }
  })

  it("have an indicator page per main indicator", () => {
    const routes = allPages("zh").map((p) => p.route)
    for (const row of indicators) expect(routes).toContain(`indicators/${row.id}`)
  })

  it("mark every target of the text where the plan states it", () => {
    const chapters = allPages("zh")
      .filter((p) => p.route.startsWith("plan/"))
      .map((p) => p.content)
      .join("\n")
    const missing = targets.filter((target) => !chapters.includes(`data-target="${target.id}"`)).map((target) => target.id)
    expect(missing).toEqual([])
  })
})

describe("markTargets", () => {
  const blocks = renderPlan(plan)

  it("keeps the paragraph's text and wraps each target's quote in a link", () => {
    for (const block of blocks.filter((b) => b.kind === "paragraph")) {
      const { html, marked } = markTargets("zh", block)
      const text = html.replace(/<[^>]+>/g, "")
      expect(
        text
          .replace(/&amp;/g, "&")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"'),
      ).toBe(block.zh)
      for (const target of marked) expect(html).toContain(`data-target="${target.id}">`)
    }
  })
})

describe("downloads", () => {
  it("quote CSV fields that need it (RFC 4180)", () => {
    expect(csvField("a,b")).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField("plain")).toBe("plain")
    expect(csvField(undefined)).toBe("")
    expect(csv(["a"], [["x"]])).toBe("\uFEFFa\r\nx\r\n")
  })

  it("include the plan, both CSVs and the plan's JSON Schema", () => {
    const names = downloadFiles().map((f) => f.name)
    expect(names).toEqual(
      expect.arrayContaining(["plan.json", "indicators.csv", "targets.csv", "plan.schema.json", "progress-report.schema.json"]),
    )
  })
})

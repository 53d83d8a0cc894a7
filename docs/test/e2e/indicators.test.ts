import { indicators, statementsOf } from "@ningxia-redcross/plan"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, baseUrl, inLocale, launch, locales } from "./browser.ts"

describe.each(locales)("the indicators in %s", (locale) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser.close()
  })

  it("shows the 15-row table with the library's values", async () => {
    const { page } = browser
    await page.goto(baseUrl() + inLocale(locale, "/indicators/"), { waitUntil: "networkidle" })
    const rows = await page
      .locator("table.indicator-table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent?.trim() ?? "")))
    expect(rows).toHaveLength(indicators.length)
    expect(rows).toHaveLength(15)
    rows.forEach((cells, i) => {
      const row = indicators[i]
      expect(row).toBeDefined()
      if (row === undefined) return
      expect(cells[0]).toBe(String(row.sequence))
      expect(cells[1]).toBe(locale === "zh" ? row.name.zh : row.name.en)
      expect(cells[3]).toBe(row.increase.printed)
    })
  })

  it.each(indicators.map((row) => [row.id, row] as const))(
    "%s: facts, every statement, and a chart with a table alternative",
    async (id, row) => {
      const { page } = browser
      await page.goto(baseUrl() + inLocale(locale, `/indicators/${id}.html`), { waitUntil: "networkidle" })
      const statementRows = await page.locator("table.statements tbody tr").count()
      expect(statementRows).toBe(statementsOf(row).length)
      const chart = page.locator("svg.path-chart")
      expect(await chart.getAttribute("role")).toBe("img")
      const labelledBy = (await chart.getAttribute("aria-labelledby")) ?? ""
      for (const ref of labelledBy.split(" ")) expect(await page.locator(`[id="${ref}"]`).count()).toBe(1)
      // The path has a point per year end 2020–2025, and the data table a row per point.
      expect(await chart.locator("circle.point").count()).toBe(6)
      expect(await chart.locator("line.target").count()).toBe(1)
      expect(await page.locator("figure.chart + .table-wrap tbody tr").count()).toBe(6)
    },
  )
})

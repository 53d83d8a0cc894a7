import {
  consistencyReport,
  formatQuantity,
  type Indicator,
  indicators,
  plan,
  planEvaluationTargets,
  statementsOf,
  targetPath,
} from "@ningxia-redcross/plan"
import * as Result from "effect/Result"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, baseUrl, inLocale, launch, locales } from "./browser.ts"

// The path each indicator's chart must show, computed here through the library: its
// evaluation target (a stock's level and implied baseline, an annual flow's cumulative total,
// an increment's increase) handed to targetPath over the plan period.
const expectedPath = (row: Indicator) => {
  const goal = planEvaluationTargets.find((g) => g.source === "indicator" && g.key === row.subject)
  if (goal === undefined) throw new Error(`no evaluation target for ${row.id}`)
  const path = targetPath({ baseline: goal.baseline ?? 0, target: goal.target, period: plan.metadata.period })
  if (Result.isFailure(path)) throw new Error(path.failure.message)
  return { kind: goal.kind, points: [path.success.start, ...path.success.linear], linear: path.success.linear }
}

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
      // Every point and every table row shows the library's path for the indicator's kind.
      const expected = expectedPath(row)
      const points = await chart
        .locator("circle.point")
        .evaluateAll((cs) => cs.map((c) => ({ year: Number(c.getAttribute("data-year")), value: Number(c.getAttribute("data-value")) })))
      expect(points).toEqual(expected.points.map((p) => ({ year: p.year, value: p.value })))
      const cells = await page
        .locator("figure.chart + .table-wrap tbody tr")
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent?.trim() ?? "")))
      expect(cells.map((c) => c[0])).toEqual(expected.points.map((p) => String(p.year)))
      expect(cells.map((c) => c[1])).toEqual(expected.points.map((p) => formatQuantity(p.value, row.increase.unit, locale)))
      expect(cells.slice(1).map((c) => c[2])).toEqual(expected.linear.map((p) => formatQuantity(p.added, row.increase.unit, locale)))
      expect(await chart.getAttribute("data-path-kind")).toBe(
        expected.kind === "stock" || expected.kind === "annualFlow" ? expected.kind : "increment",
      )
    },
  )

  it("draws the stem-cell registry as a level from the implied 2020 baseline, and funds raised as the cumulative plan", async () => {
    const { page } = browser
    const stock = indicators.find((r) => r.kind === "stock")
    const flow = indicators.find((r) => r.kind === "annualFlow")
    if (stock === undefined || flow === undefined) throw new Error("the table has a stock and an annual flow")
    const implied = consistencyReport(plan).implied.find((n) => n.subject === stock.subject)?.value
    const level = statementsOf(stock).find((s) => s.measure === "level")?.quantity?.value
    const perYear = statementsOf(flow).find((s) => s.measure === "perYear")?.quantity?.value
    expect(implied).toBeDefined()
    expect(level).toBeDefined()
    expect(perYear).toBeDefined()
    const valuesOf = async (id: string) => {
      await page.goto(baseUrl() + inLocale(locale, `/indicators/${id}.html`), { waitUntil: "networkidle" })
      return page.locator("svg.path-chart circle.point").evaluateAll((cs) => cs.map((c) => Number(c.getAttribute("data-value"))))
    }
    const stockValues = await valuesOf(stock.id)
    expect(stockValues[0]).toBe(implied)
    expect(stockValues.at(-1)).toBe(level)
    const flowValues = await valuesOf(flow.id)
    expect(flowValues[0]).toBe(0)
    expect(flowValues.at(-1)).toBe(flow.increase.value)
    // The cumulative plan adds the yearly amount each year.
    expect(flowValues.slice(1).map((v, i) => v - (flowValues[i] ?? Number.NaN))).toEqual(flowValues.slice(1).map(() => perYear))
  })
})

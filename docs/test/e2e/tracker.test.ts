/**
 * Browser tests of the progress tracker: the displayed evaluation is the library's, bad
 * entries show messages and no NaN, a CSV with good and bad rows is read row by row, the
 * data survives a reload, JSON exports, clearing asks first.
 */
import { evaluatePlanFromUnknown, linearStatusNames, planEvaluationTargets, progressPathFromUnknown } from "@ningxia-redcross/plan"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, baseUrl, launch } from "./browser.ts"

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser.close()
})

const url = () => `${baseUrl()}/en/calculators/tracker.html?date=2023-12-31`

/** The tracker hydrates when it scrolls into view. */
const ready = async (page: Page) => {
  await page.locator("[data-calculator]").scrollIntoViewIfNeeded()
  await page.locator("[data-calculator][data-ready]").waitFor()
}

describe("progress tracker", () => {
  it("evaluates entries with the library, and keeps them across a reload", async () => {
    const { page } = browser
    await page.goto(url(), { waitUntil: "networkidle" })
    await ready(page)
    await page.evaluate(() => window.localStorage.clear())
    await page.reload({ waitUntil: "networkidle" })
    await ready(page)
    for (const year of [2021, 2022, 2023]) {
      await page.fill(`[data-entry="certificate-holders:${year}"]`, "15000")
      await page.locator(`[data-entry="certificate-holders:${year}"]`).dispatchEvent("change")
    }
    const r = evaluatePlanFromUnknown({
      date: "2023-12-31",
      data: { "certificate-holders": { observations: [2021, 2022, 2023].map((year) => ({ year, value: 15000 })) } },
    })
    if (!r.ok) throw new Error("library rejected the data")
    await expect(page.locator("[data-summary]").innerText()).resolves.toBe(r.value.summary.en)
    const item = r.value.items.find((i) => i.target.key === "certificate-holders")
    if (item?.result._tag !== "Evaluated" || !("linear" in item.result)) throw new Error("not evaluated")
    await expect(page.locator('[data-status="certificate-holders"]').innerText()).resolves.toBe(
      linearStatusNames[item.result.linear.status].en,
    )
    await page.reload({ waitUntil: "networkidle" })
    await ready(page)
    await expect(page.inputValue('[data-entry="certificate-holders:2022"]')).resolves.toBe("15000")
    await expect(page.locator("[data-summary]").innerText()).resolves.toBe(r.value.summary.en)
  })

  it("shows the chart with its table alternative, and other methods", async () => {
    const { page } = browser
    await page.goto(url(), { waitUntil: "networkidle" })
    await ready(page)
    await page.selectOption("#tracker-chart", "certificate-holders")
    await expect(page.locator("svg.calc-chart title").textContent()).resolves.toContain("target path")
    const holders = planEvaluationTargets.find((t) => t.key === "certificate-holders")
    if (holders === undefined) throw new Error("no certificate-holders target")
    const path = progressPathFromUnknown({
      kind: holders.kind,
      target: holders.target,
      observations: [2021, 2022, 2023].map((year) => ({ year, value: 15000 })),
    })
    if (!path.ok) throw new Error("library rejected the data")
    const en = (n: number | undefined) => (n === undefined ? "—" : new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n))
    expect(await page.locator("[data-chart-table] [data-chart-planned]").allInnerTexts()).toEqual(
      path.value.years.map((y) => en(y.planned)),
    )
    expect(await page.locator("[data-chart-table] [data-chart-actual]").allInnerTexts()).toEqual(path.value.years.map((y) => en(y.actual)))
    await page.selectOption("#tracker-method", "cagr")
    await expect(page.locator('[data-status="certificate-holders"]').innerText()).resolves.toMatch(/base is 0/)
    const plan = evaluatePlanFromUnknown({
      date: "2023-12-31",
      data: { "certificate-holders": { observations: [2021, 2022, 2023].map((year) => ({ year, value: 15000 })) } },
    })
    if (!plan.ok) throw new Error("library rejected the data")
    await expect(page.locator('[data-counts] [data-category="notApplicable"]').innerText()).resolves.toContain(
      `${plan.value.countsByMethod.cagr.notApplicable} / ${plan.value.indicatorCount}`,
    )
    expect(page.url()).toContain("method=cagr")
  })

  it("rejects bad entries and dates with messages and no NaN", async () => {
    const { page } = browser
    await page.goto(url(), { waitUntil: "networkidle" })
    await ready(page)
    for (const value of ["-1", "abc", "1e30"]) {
      await page.fill('[data-entry="members:2021"]', value)
      await page.locator('[data-entry="members:2021"]').dispatchEvent("change")
      await expect(page.locator("[data-field-error]").first().innerText()).resolves.toMatch(/^Members|^Individual members|\(2021\)/)
      expect(await page.locator("main").innerText()).not.toMatch(/NaN|Infinity/)
    }
    for (const value of ["", "2023-02-30", "31/12/2023"]) {
      await page.fill("#tracker-date", value)
      await expect(page.locator("#tracker-date-error").innerText()).resolves.not.toBe("")
      expect(await page.locator("main").innerText()).not.toMatch(/NaN|Infinity/)
    }
  })

  it("reads an uploaded CSV row by row: good rows kept, bad rows reported with their line", async () => {
    const { page } = browser
    await page.goto(url(), { waitUntil: "networkidle" })
    await ready(page)
    const csv =
      "Indicator,Year,Actual value\nmembers,2021,100\nno-such-indicator,2021,5\nmembers,2030,5\nmembers,2022,-3\nstem-cell-registry,2021,30000\n"
    await page.setInputFiles("#tracker-file", { name: "data.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") })
    await page.locator("[data-tracker-errors] li, [data-import-errors] li").first().waitFor()
    const errors = [
      ...(await page.locator("[data-import-errors] li").allInnerTexts()),
      ...(await page.locator("[data-tracker-errors] li").allInnerTexts()),
    ]
    expect(errors.map((e) => e.slice(0, 7)).sort()).toEqual(["line 3:", "line 4:", "line 5:"])
    await expect(page.inputValue('[data-entry="members:2021"]')).resolves.toBe("100")
    await expect(page.inputValue('[data-entry="stem-cell-registry:2021"]')).resolves.toBe("30000")
  })

  it("asks before clearing, and exports JSON", async () => {
    const { page } = browser
    await page.goto(url(), { waitUntil: "networkidle" })
    await ready(page)
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-json"]')])
    expect(download.suggestedFilename()).toBe("tracker.json")
    page.once("dialog", (dialog) => void dialog.dismiss())
    await page.click('[data-action="clear"]')
    await expect(page.inputValue('[data-entry="members:2021"]')).resolves.toBe("100")
    page.once("dialog", (dialog) => void dialog.accept())
    await page.click('[data-action="clear"]')
    await expect(page.inputValue('[data-entry="members:2021"]')).resolves.toBe("")
  })
})

/**
 * Browser tests of the calculators in Debian's Chromium: each displays the library's result
 * for a scenario (computed here by calling the library, not typed in), shows a message and
 * no NaN for bad input in every field, restores its state from its URL, reads a CSV with
 * good and bad rows, has no axe violations, and fits a 375 px screen.
 */
import { AxeBuilder } from "@axe-core/playwright"
import {
  allocateFromUnknown,
  certificateShareFromUnknown,
  cityWeights,
  fundraisingFromUnknown,
  planDefaults,
  requiredYearlyAdditionsFromUnknown,
  stemCellRegistryFromUnknown,
  targetPathFromUnknown,
  teacherRatioFromUnknown,
} from "@ningxia-redcross/plan"
import type { Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, baseUrl, inLocale, type Locale, launch, locales } from "./browser.ts"

const en = (n: number | undefined) => (n === undefined ? "—" : new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n))

const open = async (page: Page, path: string, locale: Locale = "en") => {
  await page.goto(baseUrl() + inLocale(locale, path), { waitUntil: "networkidle" })
  if (path.endsWith("/")) return
  // calculators hydrate when they scroll into view
  await page.locator("[data-calculator]").first().scrollIntoViewIfNeeded()
  await page.locator("[data-calculator][data-ready]").first().waitFor()
}
const fill = async (page: Page, selector: string, value: string) => {
  await page.fill(selector, value)
  await page.locator(selector).dispatchEvent("change")
}
const shownValue = (page: Page, key: string) => page.locator(`[data-value="${key}"]`).first().innerText()
const noNaN = async (page: Page) => expect(await page.locator("main").innerText()).not.toMatch(/NaN|Infinity|Error:|at .*\.js/)

const calculators = [
  "/calculators/certificate-share.html",
  "/calculators/teacher-ratio.html",
  "/calculators/reserve-coverage.html",
  "/calculators/fundraising.html",
  "/calculators/allocation.html",
  "/calculators/next-plan.html",
  "/calculators/tracker.html",
  "/calculators/",
] as const

let browser: Browser
beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser.close()
})

describe("certificate share", () => {
  it("shows the library's result and restores it from the URL", async () => {
    const { page, context } = browser
    await open(page, "/calculators/certificate-share.html")
    await fill(page, "#cert-holders", "100000")
    await fill(page, "#cert-baseline", "60000")
    const r = certificateShareFromUnknown({ holders: 100000, population: planDefaults.population, baselineHolders: 60000 })
    if (!r.ok) throw new Error("library rejected the scenario")
    expect(await shownValue(page, "requiredHolders")).toBe(en(r.value.requiredHolders))
    expect(await shownValue(page, "shortfall")).toBe(en(r.value.shortfall))
    expect(await shownValue(page, "increaseRemaining")).toBe(en(r.value.increase?.remaining))
    await fill(page, "#cert-asOf", "2022")
    const pace = requiredYearlyAdditionsFromUnknown({
      current: 100000,
      target: r.value.requiredHolders,
      currentYear: 2022,
      targetYear: planDefaults.period.to,
    })
    if (!pace.ok) throw new Error("library rejected the pace")
    expect(await shownValue(page, "yearlyToShare")).toBe(en(pace.value.perYear))
    const url = page.url()
    expect(url).toContain("holders=100000")
    const other = await context.newPage()
    await other.goto(url, { waitUntil: "networkidle" })
    await other.locator("[data-calculator]").scrollIntoViewIfNeeded()
    await other.locator("[data-calculator][data-ready]").waitFor()
    await expect(other.inputValue("#cert-holders")).resolves.toBe("100000")
    expect(await shownValue(other, "shortfall")).toBe(en(r.value.shortfall))
    await other.close()
  })

  it.each([
    ["#cert-population", ["", "-1", "abc", "1.5", "1e30", "0"]],
    ["#cert-holders", ["", "-1", "x", "2.5", "99999999999999"]],
    ["#cert-share", ["", "0", "101", "abc"]],
    ["#cert-baseline", ["-1", "1.5", "x"]],
    ["#cert-increase", ["", "-1", "1.5"]],
  ])("%s rejects bad values with a message and no NaN", async (selector, values) => {
    const { page } = browser
    await open(page, "/calculators/certificate-share.html")
    for (const value of values) {
      await fill(page, selector, value)
      await expect(page.locator(`${selector}-error`).innerText()).resolves.not.toBe("")
      expect(await page.getAttribute(selector, "aria-invalid")).toBe("true")
      await noNaN(page)
    }
  })
})

describe("teacher–student ratio", () => {
  it("shows the library's result for one unit", async () => {
    const { page } = browser
    await open(page, "/calculators/teacher-ratio.html")
    await fill(page, "#teacher-pupils", "38001")
    await fill(page, "#teacher-staff", "700")
    const r = teacherRatioFromUnknown({ pupils: 38001, trainedStaff: 700 })
    if (!r.ok) throw new Error("library rejected the scenario")
    expect(await shownValue(page, "required")).toBe(en(r.value.required))
    expect(await shownValue(page, "ratioText")).toBe(r.value.ratioText)
  })

  it.each([
    ["#teacher-pupils", ["", "-1", "x", "2.5", "1e12"]],
    ["#teacher-staff", ["", "-1", "x", "2.5"]],
    ["#teacher-perTeacher", ["", "0", "x", "2.5"]],
  ])("%s rejects bad values with a message and no NaN", async (selector, values) => {
    const { page } = browser
    await open(page, "/calculators/teacher-ratio.html")
    for (const value of values) {
      await fill(page, selector, value)
      await expect(page.locator(`${selector}-error`).innerText()).resolves.not.toBe("")
      await noNaN(page)
    }
  })

  it("reads a CSV file with good and bad rows (UTF-8 and GBK), keeps the good ones, and shows text as text", async () => {
    const { page } = browser
    await open(page, "/calculators/teacher-ratio.html")
    await page.check('[data-mode="table"]')
    const csv = "School,Trained staff,Pupils\r\nA,1,100\r\nB,-1,50\r\n<img src=x onerror=alert(1)>,2,100\r\nD,x,\r\n"
    await page.setInputFiles("#teacher-file", { name: "schools.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") })
    await page.locator("[data-import-errors] li").first().waitFor()
    const errors = await page.locator("[data-import-errors] li").allInnerTexts()
    expect(errors).toEqual([
      "line 3: Trained staff: must not be negative",
      expect.stringMatching(/^line 5: Trained staff: must be a number.*Pupils: is required$/),
    ])
    await expect(page.locator("[data-result] tbody tr").first().innerText()).resolves.toContain("A")
    await expect(page.locator("[data-result]").innerText()).resolves.toContain("<img src=x onerror=alert(1)>")
    expect(await page.locator("[data-result] img").count()).toBe(0)
    // 学校,受训教职工,学生数 / 一中,1,100 in GBK, as Excel saves CSV on Chinese Windows
    const gbk = Buffer.from("d1a7d0a32ccadcd1b5bdccd6b0b9a42cd1a7c9facafd0d0ad2bbd6d02c312c3130300d0a", "hex")
    await page.setInputFiles("#teacher-file", { name: "gbk.csv", mimeType: "text/csv", buffer: gbk })
    await page.locator("[data-import-status]", { hasText: "GBK" }).waitFor()
    await expect(page.locator("[data-result]").innerText()).resolves.toContain("一中")
    await noNaN(page)
  })
})

describe("reserve coverage", () => {
  it("shows the library's registry figures", async () => {
    const { page } = browser
    await open(page, "/calculators/reserve-coverage.html")
    await fill(page, "#reserve-capacity", "31000")
    await fill(page, "#reserve-asOf", "2022")
    const r = stemCellRegistryFromUnknown({ capacity: 31000, asOfYear: 2022 })
    if (!r.ok) throw new Error("library rejected the scenario")
    expect(await shownValue(page, "requiredYearlyAdditions")).toBe(en(r.value.requiredYearlyAdditions))
    await page.check('[data-has="640100"]')
    await page.check('[data-prone="640522"]')
    await expect(page.locator('[data-summary="coverage"]').innerText()).resolves.toMatch(/1 covered/)
    expect(page.url()).toContain("prone=640522")
  })
  it.each([
    ["#reserve-capacity", ["", "-1", "x", "1.5"]],
    ["#reserve-asOf", ["", "1999", "x"]],
    ["#reserve-totalTarget", ["", "-1"]],
    ["#reserve-donations", ["-1", "x"]],
  ])("%s rejects bad values with a message and no NaN", async (selector, values) => {
    const { page } = browser
    await open(page, "/calculators/reserve-coverage.html")
    for (const value of values) {
      await fill(page, selector, value)
      await expect(page.locator(`${selector}-error`).innerText()).resolves.not.toBe("")
      await noNaN(page)
    }
  })
})

describe("fundraising pace", () => {
  it("shows the library's cumulative figures and restores them from the URL", async () => {
    const { page, context } = browser
    await open(page, "/calculators/fundraising.html")
    await fill(page, "#funds-y2021", "1600000")
    await fill(page, "#funds-y2022", "1200000")
    const r = fundraisingFromUnknown({
      yearly: [
        { year: 2021, amount: 1600000 },
        { year: 2022, amount: 1200000 },
      ],
    })
    if (!r.ok) throw new Error("library rejected the scenario")
    expect(await shownValue(page, "total")).toBe(en(r.value.total))
    expect(await shownValue(page, "requiredPerRemainingYear")).toBe(en(r.value.requiredPerRemainingYear))
    const other = await context.newPage()
    await other.goto(page.url(), { waitUntil: "networkidle" })
    await other.locator("[data-calculator]").scrollIntoViewIfNeeded()
    await other.locator("[data-calculator][data-ready]").waitFor()
    expect(await shownValue(other, "total")).toBe(en(r.value.total))
    await other.close()
  })
  it.each([
    ["#funds-y2021", ["-1", "x", "1e30"]],
    ["#funds-perYear", ["", "-1", "x"]],
    ["#funds-from", ["", "1999", "2020.5"]],
  ])("%s rejects bad values with a message and no NaN", async (selector, values) => {
    const { page } = browser
    await open(page, "/calculators/fundraising.html")
    for (const value of values) {
      await fill(page, selector, value)
      await expect(page.locator(`${selector}-error`).innerText()).resolves.not.toBe("")
      await noNaN(page)
    }
  })
})

describe("regional allocation", () => {
  it("shows the library's parts, which sum to the target", async () => {
    const { page } = browser
    await open(page, "/calculators/allocation.html")
    await fill(page, "#alloc-total", "501")
    await fill(page, "#alloc-minimum", "1")
    const r = allocateFromUnknown({ total: 501, units: cityWeights(1) })
    if (!r.ok) throw new Error("library rejected the scenario")
    expect(await page.locator('[data-value="part"]').allInnerTexts()).toEqual(r.value.parts.map((p) => en(p.part)))
  })
  it("rejects bad totals, minimums and weights with messages and no NaN", async () => {
    const { page } = browser
    await open(page, "/calculators/allocation.html")
    for (const value of ["", "-1", "x", "2.5"]) {
      await fill(page, "#alloc-total", value)
      await expect(page.locator("#alloc-total-error").innerText()).resolves.not.toBe("")
      await noNaN(page)
    }
    await fill(page, "#alloc-total", "3")
    await fill(page, "#alloc-minimum", "1")
    await expect(page.locator("[data-summary]").innerText()).resolves.not.toBe("")
    expect(await page.locator("[data-result]").count()).toBe(0)
    await fill(page, "#alloc-minimum", "")
    await fill(page, '[data-weight="640100"]', "-5")
    await expect(page.locator("[data-field-error]").first().innerText()).resolves.toContain("must not be negative")
    await noNaN(page)
  })
})

describe("next-plan targets", () => {
  it("shows the library's figures for 2026–2030 and restores them from the URL", async () => {
    const { page, context } = browser
    await open(page, "/calculators/next-plan.html")
    await fill(page, "#next-baseline", "37000")
    await fill(page, "#next-end", "45001")
    const r = requiredYearlyAdditionsFromUnknown({ current: 37000, target: 45001, currentYear: 2025, targetYear: 2030 })
    const path = targetPathFromUnknown({ baseline: 37000, target: 45001, baselineYear: 2025, period: { from: 2026, to: 2030 } })
    if (!r.ok || !path.ok) throw new Error("library rejected the scenario")
    expect(await shownValue(page, "yearly")).toBe(en(r.value.perYear))
    expect(await page.locator("[data-path] [data-path-value]").allInnerTexts()).toEqual(path.value.linear.map((y) => en(y.value)))
    expect(await page.locator("[data-path] [data-path-compound]").allInnerTexts()).toEqual(
      (path.value.compound ?? []).map((y) => en(y.value)),
    )
    const other = await context.newPage()
    await other.goto(page.url(), { waitUntil: "networkidle" })
    await other.locator("[data-calculator]").scrollIntoViewIfNeeded()
    await other.locator("[data-calculator][data-ready]").waitFor()
    expect(await shownValue(other, "yearly")).toBe(en(r.value.perYear))
    await other.close()
  })
  it.each([
    ["#next-baseline", ["", "-1", "x"]],
    ["#next-end", ["", "-1", "1.5"]],
    ["#next-to", ["", "1999"]],
  ])("%s rejects bad values with a message and no NaN", async (selector, values) => {
    const { page } = browser
    await open(page, "/calculators/next-plan.html")
    for (const value of values) {
      await fill(page, selector, value)
      await expect(page.locator(`${selector}-error`).innerText()).resolves.not.toBe("")
      await noNaN(page)
    }
  })
})

describe.each(locales)("calculator pages in %s", (locale) => {
  it.each(calculators)("%s has no axe violations and fits 375 px", async (path) => {
    const { page } = browser
    await page.setViewportSize({ width: 1280, height: 900 })
    await open(page, path, locale)
    const result = await new AxeBuilder({ page }).analyze()
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([])
    await expect(page.locator("h1").first().isVisible()).resolves.toBe(true)
    await page.setViewportSize({ width: 375, height: 800 })
    await page.waitForTimeout(100)
    // everything in the page's content fits; wide tables scroll inside their own focusable region
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll(".vp-doc *")]
        .filter((e) => e.closest(".calc-table-wrap") === null && e.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    )
    expect(overflowing).toEqual([])
    await noNaN(page)
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it("the worked examples are the library's results", async () => {
    const { page } = browser
    await open(page, "/calculators/certificate-share.html", locale)
    const r = certificateShareFromUnknown({ holders: 120000, population: planDefaults.population, baselineHolders: 60000 })
    if (!r.ok) throw new Error("library rejected the scenario")
    const text = await page.locator('[data-example-value="requiredHolders"]').innerText()
    expect(text).toBe(new Intl.NumberFormat(locale === "zh" ? "zh-CN" : "en", { maximumFractionDigits: 2 }).format(r.value.requiredHolders))
  })
})

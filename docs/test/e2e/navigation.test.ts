import { indicators } from "@ningxia-redcross/plan"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, baseUrl, inLocale, launch, locales } from "./browser.ts"

describe.each(locales)("navigation and search in %s", (locale) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser.close()
  })

  it("walks the top navigation to every section", async () => {
    const { page } = browser
    await page.goto(baseUrl() + inLocale(locale, "/"), { waitUntil: "networkidle" })
    const targets = await page.locator(".VPNavBarMenu a").evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""))
    expect(targets.length).toBeGreaterThanOrEqual(6)
    for (const href of targets) {
      await page.goto(baseUrl() + inLocale(locale, "/"), { waitUntil: "networkidle" })
      await page.locator(`.VPNavBarMenu a[href="${href}"]`).click()
      await page.waitForURL(`**${href}`)
      await expect(page.locator("h1").first().isVisible()).resolves.toBe(true)
    }
  })

  it("switches language and stays on the same page", async () => {
    const { page } = browser
    await page.goto(baseUrl() + inLocale(locale, "/indicators/members.html"), { waitUntil: "networkidle" })
    await page.locator(".VPNavBarTranslations button").hover()
    const other = locale === "zh" ? "en" : "zh"
    await page.locator(`.VPNavBarTranslations a[href="${inLocale(other, "/indicators/members.html")}"]`).click()
    await page.waitForURL(`**${inLocale(other, "/indicators/members.html")}`)
    expect(await page.getAttribute("html", "lang")).toBe(other === "zh" ? "zh-CN" : "en-US")
  })

  it("finds an indicator with the local search and opens it", async () => {
    const { page } = browser
    const row = indicators.find((r) => r.id === "stem-cell-registry")
    expect(row).toBeDefined()
    if (row === undefined) return
    await page.goto(baseUrl() + inLocale(locale, "/"), { waitUntil: "networkidle" })
    await page.locator(".VPNavBarSearch button").click()
    const input = page.locator(".VPLocalSearchBox input")
    await input.fill(locale === "zh" ? row.name.zh : row.name.en)
    const results = page.locator(".VPLocalSearchBox .result")
    await results.first().waitFor()
    expect(await results.count()).toBeGreaterThan(0)
    const hrefs = await results.evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""))
    expect(hrefs.some((h) => h.includes(inLocale(locale, `/indicators/${row.id}.html`)))).toBe(true)
    await results.first().click()
    await page.waitForLoadState("networkidle")
    expect(page.url()).not.toBe(`${baseUrl()}${inLocale(locale, "/")}`)
  })

  it("finds text of the plan's chapters", async () => {
    const { page } = browser
    await page.goto(baseUrl() + inLocale(locale, "/plan/"), { waitUntil: "networkidle" })
    await page.locator(".VPNavBarSearch button").click()
    await page.locator(".VPLocalSearchBox input").fill(locale === "zh" ? "博爱家园" : "Fraternity Homes")
    await page.locator(".VPLocalSearchBox .result").first().waitFor()
    const hrefs = await page.locator(".VPLocalSearchBox .result").evaluateAll((links) => links.map((l) => l.getAttribute("href") ?? ""))
    expect(hrefs.some((h) => h.includes(inLocale(locale, "/plan/")))).toBe(true)
  })
})

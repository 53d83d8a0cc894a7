import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, baseUrl, inLocale, launch, locales, pageTypes } from "./browser.ts"

describe.each(locales)("the layout at 375 px in %s", (locale) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch({ width: 375, height: 800 })
  })
  afterAll(async () => {
    await browser.close()
  })

  it.each(pageTypes)("%s does not scroll sideways", async (_, path) => {
    const { page } = browser
    await page.goto(baseUrl() + inLocale(locale, path), { waitUntil: "networkidle" })
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(375)
  })
})

describe("the print stylesheet", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser.close()
  })

  it.each(["/plan/tasks.html", "/indicators/"])("prints %s without navigation, sidebar or outline", async (path) => {
    const { page } = browser
    await page.goto(baseUrl() + path, { waitUntil: "networkidle" })
    await page.emulateMedia({ media: "print" })
    const shown = await page.evaluate(() =>
      [".VPNav", ".VPSidebar", ".VPDocAside", ".VPDocFooter"].filter((selector) => {
        const element = document.querySelector(selector)
        return element !== null && getComputedStyle(element).display !== "none"
      }),
    )
    expect(shown).toEqual([])
    await expect(page.locator("h1").first().isVisible()).resolves.toBe(true)
    const pdf = await page.pdf({ format: "A4" })
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF")
  })
})

import { readdirSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { siteDir } from "../../scripts/site.mjs"
import { type Browser, baseUrl, inLocale, launch, locales, pageTypes } from "./browser.ts"

const dist = siteDir()

const htmlFiles = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === "assets" ? [] : htmlFiles(path)
    return name.endsWith(".html") ? [relative(dist, path)] : []
  })

describe("the built site", () => {
  it("has every page in both locales", () => {
    const files = htmlFiles(dist).filter((f) => f !== "404.html")
    const zh = files.filter((f) => !f.startsWith("en/")).sort()
    const en = files
      .filter((f) => f.startsWith("en/"))
      .map((f) => f.slice(3))
      .sort()
    expect(zh.length).toBeGreaterThan(40)
    expect(en).toEqual(zh)
  })
})

describe.each(locales)("every page type in %s", (locale) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser.close()
  })

  it.each(pageTypes)("%s loads, in its language, with a language switch to the same page", async (_, path) => {
    const { page } = browser
    const errors: Array<string> = []
    page.on("pageerror", (error) => errors.push(error.message))
    const response = await page.goto(baseUrl() + inLocale(locale, path), { waitUntil: "networkidle" })
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute("html", "lang")).toBe(locale === "zh" ? "zh-CN" : "en-US")
    await expect(page.locator("h1").first().isVisible()).resolves.toBe(true)
    const other = locale === "zh" ? "en" : "zh"
    const switchHrefs = await page.locator(".VPNavBarTranslations a").evaluateAll((links) => links.map((l) => l.getAttribute("href")))
    expect(switchHrefs).toContain(inLocale(other, path))
    expect(errors).toEqual([])
  })

  it("answers an unknown page with the localised 404 page", async () => {
    const { page } = browser
    const response = await page.goto(`${baseUrl()}${inLocale(locale, "/no-such-page.html")}`, { waitUntil: "networkidle" })
    expect(response?.status()).toBe(404)
    await expect(page.locator(".NotFound .title").textContent()).resolves.toBe(locale === "zh" ? "页面不存在" : "Page not found")
  })

  it("links a target marked in the plan's text to its indicator page", async () => {
    const { page } = browser
    await page.goto(baseUrl() + inLocale(locale, "/plan/goals.html"), { waitUntil: "networkidle" })
    const link = page.locator('a[data-target="certificate-holders-goal"]').first()
    await link.click()
    await page.waitForURL(`**${inLocale(locale, "/indicators/certificate-holders.html")}`)
    await page.waitForFunction(() => document.querySelector("h1")?.textContent?.startsWith("4."))
  })
})

import { AxeBuilder } from "@axe-core/playwright"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Browser, baseUrl, inLocale, launch, locales, pageTypes } from "./browser.ts"

describe.each(locales)("accessibility (axe) in %s", (locale) => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser.close()
  })

  it.each([...pageTypes, ["404", "/no-such-page.html"] as const])("%s has no violations", async (_, path) => {
    const { page } = browser
    await page.goto(baseUrl() + inLocale(locale, path), { waitUntil: "networkidle" })
    const result = await new AxeBuilder({ page }).analyze()
    const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)
    expect(violations).toEqual([])
  })
})

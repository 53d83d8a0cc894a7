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

// The theme's regions hydrate one per task after load, the hidden ones (the sidebar on a phone)
// only on the first interaction (theme/regions.ts): a reader who taps at once must not notice.
// "At once" is as soon as Vue has mounted the app (a tap before that is lost on any VitePress site).
const mounted = (page: Browser["page"]) =>
  page.waitForFunction(() => {
    const app = document.querySelector("#app")
    return app !== null && "__vue_app__" in app
  })

describe("the regions, hydrated in turn", () => {
  let browser: Browser
  afterAll(async () => {
    await browser.close()
  })

  it("on a phone, a tap as soon as the page has loaded opens the menu, and the sidebar's button opens the sidebar", async () => {
    browser = await launch({ width: 375, height: 800 })
    const { page } = browser
    await page.goto(`${baseUrl()}/plan/goals.html`, { waitUntil: "load" })
    await mounted(page)
    await page.locator(".VPNavBarHamburger").click()
    await expect.poll(() => page.locator(".VPNavScreen").isVisible()).toBe(true)
    await page.locator(".VPNavBarHamburger").click()
    await expect.poll(() => page.locator(".VPNavScreen").count()).toBe(0)

    await page.goto(`${baseUrl()}/indicators/certificate-holders.html`, { waitUntil: "load" })
    await mounted(page)
    await page.locator(".VPLocalNav .menu").click()
    await expect.poll(() => page.locator(".VPSidebar.open").count()).toBe(1)
    await expect.poll(() => page.locator(".VPSidebar.open a[href$='first-aid-stations.html']").isVisible()).toBe(true)
    await page.keyboard.press("Escape")
    await expect.poll(() => page.locator(".VPSidebar.open").count()).toBe(0)

    // The local navigation's outline lists the chapter's headings.
    await page.goto(`${baseUrl()}/plan/tasks.html`, { waitUntil: "load" })
    await mounted(page)
    await page.locator(".VPLocalNavOutlineDropdown button").click()
    await expect.poll(() => page.locator(".VPLocalNavOutlineDropdown .outline a").count()).toBeGreaterThan(0)
    await browser.close()
  })

  it("on a desktop, every region hydrates without any interaction: the outline follows the scroll", async () => {
    browser = await launch({ width: 1440, height: 900 })
    const { page } = browser
    await page.goto(`${baseUrl()}/plan/tasks.html`, { waitUntil: "networkidle" })
    await expect.poll(() => page.locator(".VPDocAsideOutline a").count()).toBeGreaterThan(0)
    const id = await page.locator(".vp-doc h2").last().getAttribute("id")
    // Scrolling by script is not an interaction: only hydrated regions can react to it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect.poll(() => page.locator(`.VPDocAsideOutline a.active[href="#${encodeURIComponent(id ?? "")}"]`).count()).toBe(1)
  })
})

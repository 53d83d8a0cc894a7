/**
 * Debian's Chromium driven by playwright-core (no browser download), one persistent
 * context per test file, and the page types every suite walks through in both locales.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type BrowserContext, chromium, type Page } from "playwright-core"
import { inject } from "vitest"
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs"

export const baseUrl = (): string => inject("baseUrl")

export interface Browser {
  readonly context: BrowserContext
  readonly page: Page
  readonly close: () => Promise<void>
}

export const launch = async (viewport = { width: 1280, height: 900 }): Promise<Browser> => {
  const profile = mkdtempSync(join(tmpdir(), "e2e-chromium-"))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    viewport,
    args: [...chromiumArgs],
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

export type Locale = "zh" | "en"
export const locales: ReadonlyArray<Locale> = ["zh", "en"]

/** One page of every type, as a path inside the locale. */
export const pageTypes: ReadonlyArray<readonly [string, string]> = [
  ["home", "/"],
  ["plan index", "/plan/"],
  ["chapter", "/plan/goals.html"],
  ["chapter with columns", "/plan/tasks.html"],
  ["indicator table", "/indicators/"],
  ["indicator", "/indicators/certificate-holders.html"],
  ["targets", "/targets.html"],
  ["glossary", "/glossary.html"],
  ["review", "/review/"],
  ["consistency report", "/review/consistency.html"],
  ["traceability list", "/review/traceability.html"],
  ["errata", "/review/errata.html"],
  ["downloads", "/downloads.html"],
  ["API index", "/api/"],
  ["API page", "/api/PlanData.html"],
]

export const inLocale = (locale: Locale, path: string): string => (locale === "zh" ? path : `/en${path}`)

#!/usr/bin/env node
// Screenshots of the built site at desktop and 375 px widths, for a person to look at.
// Usage: node scripts/screenshots.mjs [baseUrl] [outDir] [path ...]
import { mkdirSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { chromium } from "playwright-core"
import { chromiumArgs, chromiumPath } from "./chromium.mjs"

const [base = "http://localhost:4173", out = "/tmp/shots", ...paths] = process.argv.slice(2)
const list =
  paths.length > 0
    ? paths
    : ["/", "/plan/goals.html", "/indicators/", "/indicators/certificate-holders.html", "/en/", "/en/plan/tasks.html"]
mkdirSync(out, { recursive: true })
const profile = mkdtempSync(join(tmpdir(), "shots-"))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  args: chromiumArgs,
})
const page = context.pages()[0] ?? (await context.newPage())
for (const path of list) {
  for (const [label, width, height] of [
    ["desktop", 1280, 900],
    ["mobile", 375, 800],
  ]) {
    await page.setViewportSize({ width, height })
    await page.goto(base + path, { waitUntil: "networkidle" })
    const name = `${path.replace(/[^a-z0-9]+/gi, "_") || "home"}-${label}.png`
    await page.screenshot({ path: join(out, name), fullPage: false })
    console.log(join(out, name))
  }
}
await context.close()
rmSync(profile, { recursive: true, force: true })

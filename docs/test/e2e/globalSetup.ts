/**
 * Serves the built site for the browser tests as the README's run command does
 * (scripts/serve.mjs: the build's precompressed files, the site's 404 page) on a free port,
 * and stops that server when they end.
 */
import { existsSync } from "node:fs"
import { join } from "node:path"
import type { TestProject } from "vitest/node"
import { serveSite } from "../../scripts/serve.mjs"
import { siteDir } from "../../scripts/site.mjs"

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(siteDir(), "index.html"))) throw new Error("Build the site first: pnpm --filter docs build:all")
  const site = await serveSite({ port: 0 })
  project.provide("baseUrl", `http://localhost:${site.port}`)
  return () => site.close()
}

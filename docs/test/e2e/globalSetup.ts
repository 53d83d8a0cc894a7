/**
 * Serves the built site with `vitepress preview` on a free port for the browser tests,
 * and stops that server (by its process id) when they end.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { createServer } from "node:net"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { TestProject } from "vitest/node"
import { distDir } from "./dist.ts"

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const docs = fileURLToPath(new URL("../..", import.meta.url))

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })

const waitFor = async (url: string, child: ChildProcess): Promise<void> => {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`vitepress preview exited with code ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`vitepress preview did not answer at ${url}`)
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync(join(distDir(), "index.html"))) throw new Error("Build the site first: pnpm --filter docs build:all")
  const port = await freePort()
  const child = spawn(`${docs}node_modules/.bin/vitepress`, ["preview", ".", "--port", String(port)], {
    cwd: docs,
    stdio: "ignore",
    detached: true,
  })
  const baseUrl = `http://localhost:${port}`
  try {
    await waitFor(`${baseUrl}/`, child)
  } catch (error) {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM")
    throw error
  }
  project.provide("baseUrl", baseUrl)
  return () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM")
  }
}

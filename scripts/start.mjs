#!/usr/bin/env node
// Builds the package and the site (with the plan built in) and serves it locally.
import { spawnSync } from "node:child_process"

const root = new URL("..", import.meta.url).pathname
const step = (args) => {
  const result = spawnSync("npx", ["-y", "pnpm@10.34.9", ...args], { cwd: root, stdio: "inherit" })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
step(["--filter", "@ningxia-redcross/plan", "build"])
step(["--filter", "docs", "build:all"])
step(["--filter", "docs", "preview"])

import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

// Browser tests against the built site (docs/.vitepress/dist), served by scripts/serve.mjs
// on a free port for the run (test/e2e/globalSetup.ts). Run after `pnpm --filter docs build:all`.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  resolve: { alias: { "@ningxia-redcross/plan": fileURLToPath(new URL("../packages/plan/src/index.ts", import.meta.url)) } },
  test: {
    name: "docs-e2e",
    include: ["test/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/e2e/globalSetup.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One Chromium at a time on the 2-core machines.
    fileParallelism: false,
  },
})

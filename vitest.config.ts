import { defineConfig } from "vitest/config"

// One project per package; browser tests run separately against the built site
// (see vitest.e2e.config.ts), because they need the site built and served first.
export default defineConfig({
  test: {
    projects: ["packages/*/vitest.config.ts", "docs/vitest.config.ts"],
  },
})

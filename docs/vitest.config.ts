import { fileURLToPath } from "node:url"
import vue from "@vitejs/plugin-vue"
import { defineProject } from "vitest/config"

export default defineProject({
  plugins: [vue()],
  // The library's source, so that no stale build is ever tested.
  resolve: { alias: { "@ningxia-redcross/plan": fileURLToPath(new URL("../packages/plan/src/index.ts", import.meta.url)) } },
  test: {
    name: "docs",
    include: ["test/unit/**/*.test.ts"],
    environment: "happy-dom",
  },
})

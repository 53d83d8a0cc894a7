import vue from "@vitejs/plugin-vue"
import { defineProject } from "vitest/config"

export default defineProject({
  plugins: [vue()],
  test: {
    name: "docs",
    include: ["test/unit/**/*.test.ts"],
    environment: "happy-dom",
    passWithNoTests: true,
  },
})

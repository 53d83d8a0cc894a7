import { defineProject } from "vitest/config"

export default defineProject({
  test: {
    name: "plan",
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
})

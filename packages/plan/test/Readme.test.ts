import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8")

describe("README", () => {
  it("its usage example is examples/readme.ts, which the examples run executes", () => {
    const readme = read("../../../README.md")
    const block = /## Usage\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(block).toBe(read("../../../examples/readme.ts"))
  })

  it("starts with the two commands: run the site, run the tests", () => {
    const commands = read("../../../README.md")
      .split("\n")
      .filter((line) => line.startsWith("npx "))
    expect(commands.slice(0, 2)).toEqual([
      "npx -y pnpm@10.34.9 install && npx -y pnpm@10.34.9 start",
      "npx -y pnpm@10.34.9 install && npx -y pnpm@10.34.9 test",
    ])
  })
})

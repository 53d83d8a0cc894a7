#!/usr/bin/env node
/**
 * The `ningxia-plan` executable: reads files and writes the results of the pure `run`.
 */
import { readFileSync } from "node:fs"
import type { ReadFile } from "./Command.ts"
import { run } from "./Run.ts"

// The package's package.json sits two levels up from both src/cli and dist/cli.
const readVersion = (): string => {
  try {
    const json: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"))
    return typeof json === "object" && json !== null && "version" in json && typeof json.version === "string" ? json.version : "unknown"
  } catch {
    return "unknown"
  }
}

const readFile: ReadFile = (path) => {
  try {
    return { ok: true, bytes: readFileSync(path) }
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : ""
    if (code === "ENOENT") return { ok: false, message: `no such file: ${path}` }
    if (code === "EISDIR") return { ok: false, message: `${path} is a directory, not a file` }
    if (code === "EACCES" || code === "EPERM") return { ok: false, message: `no permission to read ${path}` }
    return { ok: false, message: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}` }
  }
}

const result = run(process.argv.slice(2), { readFile }, readVersion())
process.stdout.write(result.stdout)
process.stderr.write(result.stderr)
process.exitCode = result.exitCode

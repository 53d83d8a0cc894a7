/**
 * The CLI built into one self-contained file (esbuild, effect included) in a temp dir laid
 * out like the package (dist/cli/main.mjs, package.json two levels up), run as a child process. The
 * real dist build is exercised again by scripts/check-package.mjs after `pnpm build`.
 */
import { spawnSync } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const packageDir = fileURLToPath(new URL("../..", import.meta.url))

export interface Built {
  readonly dir: string
  readonly run: (args: ReadonlyArray<string>) => { readonly status: number; readonly stdout: string; readonly stderr: string }
  readonly write: (name: string, content: string | Uint8Array) => string
  readonly remove: () => void
}

export const buildCli = async (): Promise<Built> => {
  const dir = mkdtempSync(join(tmpdir(), "ningxia-plan-cli-"))
  mkdirSync(join(dir, "dist", "cli"), { recursive: true })
  copyFileSync(join(packageDir, "package.json"), join(dir, "package.json"))
  await build({
    entryPoints: [join(packageDir, "src", "cli", "main.ts")],
    outfile: join(dir, "dist", "cli", "main.mjs"),
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
  })
  const files = join(dir, "files")
  mkdirSync(files)
  return {
    dir: files,
    run: (args) => {
      const result = spawnSync(process.execPath, [join(dir, "dist", "cli", "main.mjs"), ...args], { cwd: files, encoding: "utf8" })
      return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
    },
    write: (name, content) => {
      writeFileSync(join(files, name), content)
      return name
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

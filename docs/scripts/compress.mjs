#!/usr/bin/env node
// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file of the built site,
// once, at build time, as a static host serves them (nginx's brotli_static and gzip_static,
// or scripts/serve.mjs here). Compressing on every request instead, as `vitepress preview`
// does at Brotli's slowest level, held each page's first byte and its stylesheet back by up to
// a fifth of a second, and Lighthouse counted that as the site's own time.
//
//   node scripts/compress.mjs [dir]      dir: the built site (default: DOCS_OUT_DIR or .vitepress/dist)
import { readdir, readFile, writeFile } from "node:fs/promises"
import { join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { brotliCompress, constants, gzip } from "node:zlib"
import { siteDir } from "./site.mjs"

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Files worth compressing: text. Images other than SVG, and fonts, are compressed already. */
export const compressible = /\.(?:html|js|mjs|css|json|svg|csv|txt|xml|map|md|ico)$/i

/** Below this many bytes a compressed copy saves less than a packet and is not written. */
export const minimumBytes = 1024

/**
 * Whether a file (its path inside the site) gets Brotli's best level (11): what a page needs to
 * show itself does, the hashed scripts and styles under assets/ up to 256 KB (the framework is
 * 120 KB) and pages up to 64 KB. Larger files (the search index, the longest API pages) get
 * level 5: at level 11 they alone would take most of the build's compression time, for a few
 * per cent.
 */
export const bestLevel = (path, bytes) => (/^assets[\\/]/.test(path) ? bytes <= 256 * 1024 : bytes <= 64 * 1024)

/**
 * Compresses every compressible file under `dir`, writing `file.br` and `file.gz` beside it.
 * Returns how many files were compressed and their total sizes before and after.
 */
export const compressSite = async (dir) => {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && compressible.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
  const totals = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 }
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file)
      if (content.length < minimumBytes) return
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: bestLevel(relative(dir, file), content.length) ? constants.BROTLI_MAX_QUALITY : 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ])
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)])
      totals.files += 1
      totals.bytes += content.length
      totals.brotliBytes += br.length
      totals.gzipBytes += gz.length
    }),
  )
  return totals
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const dir = process.argv[2] ?? siteDir()
  const start = performance.now()
  const { files, bytes, brotliBytes, gzipBytes } = await compressSite(dir)
  const mb = (n) => (n / 1024 / 1024).toFixed(1)
  console.log(
    `compressed ${files} files in ${((performance.now() - start) / 1000).toFixed(1)} s: ${mb(bytes)} MB → ${mb(brotliBytes)} MB brotli, ${mb(gzipBytes)} MB gzip`,
  )
}

#!/usr/bin/env node
// Serves the built site as a static host would: the .br and .gz files written at build time by
// scripts/compress.mjs (chosen by the browser's Accept-Encoding), hashed assets cached for a
// year, pages revalidated on every visit, and the site's own 404 page for a missing page.
// The README's run command, the browser tests and the budget script all serve the site this way.
//
//   node scripts/serve.mjs [--port=4173] [--host=localhost]   (DOCS_OUT_DIR: serve that build)
import { readFileSync } from "node:fs"
import { createServer } from "node:http"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import sirv from "sirv"
import { siteDir } from "./site.mjs"

/** Hashed build output: its names change with its content, so browsers may keep it. */
const isAsset = (pathname) => pathname.startsWith("/assets/")

/**
 * Starts serving `dir` (default: the built site) on `port` (0: any free port). Resolves once
 * listening, with the address and a `close` that stops the server.
 */
export const serveSite = ({ dir = siteDir(), port = 4173, host = "localhost" } = {}) => {
  const notFoundPage = readFileSync(join(dir, "404.html"))
  const files = sirv(dir, {
    brotli: true,
    gzip: true,
    etag: true,
    maxAge: 31536000,
    immutable: true,
    extensions: ["html"],
    setHeaders(res, pathname) {
      if (!isAsset(pathname)) res.setHeader("Cache-Control", "no-cache")
    },
  })
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404
      const pathname = new URL(req.url ?? "/", "http://localhost").pathname
      if (isAsset(pathname)) return res.end()
      res.setHeader("Content-Type", "text/html;charset=utf-8")
      res.setHeader("Cache-Control", "no-cache")
      res.end(notFoundPage)
    }),
  )
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject)
    server.listen(port, host, () => {
      const address = server.address()
      const actualPort = typeof address === "object" && address !== null ? address.port : port
      resolvePromise({
        port: actualPort,
        url: `http://${host}:${actualPort}/`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback
  const { url } = await serveSite({ port: Number(option("port", "4173")), host: option("host", "localhost") })
  console.log(`Serving the built site at ${url} (Ctrl+C to stop)`)
}

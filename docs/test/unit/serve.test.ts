// @vitest-environment node
/**
 * The static server and the build's compression step (scripts/serve.mjs, scripts/compress.mjs):
 * the README's run command, the browser tests and the budget script serve the site through them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { request } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { brotliDecompressSync, gunzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { bestLevel, compressSite, minimumBytes } from "../../scripts/compress.mjs"
import { type ServedSite, serveSite } from "../../scripts/serve.mjs"

interface Answer {
  readonly status: number
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly body: Buffer
}

const get = (site: ServedSite, path: string, headers: Readonly<Record<string, string>> = {}, method = "GET"): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = request(`http://localhost:${site.port}${path}`, { method, headers }, (res) => {
      const chunks: Array<Buffer> = []
      res.on("data", (chunk: Buffer) => chunks.push(chunk))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on("error", reject)
    req.end()
  })

const page = (title: string) => `<!doctype html><html lang="zh-CN"><title>${title}</title><p>${"宁夏红十字会 ".repeat(200)}</p></html>`
const script = `export const plan = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, name: `指标 ${i}` })))}\n`

let root = ""
let dir = ""
let site: ServedSite
let totals: Awaited<ReturnType<typeof compressSite>>

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "site-"))
  dir = join(root, "site")
  writeFileSync(join(root, "secret.txt"), "SECRET beside the site")
  mkdirSync(join(dir, "assets"), { recursive: true })
  mkdirSync(join(dir, "plan"), { recursive: true })
  writeFileSync(join(dir, "index.html"), page("home"))
  writeFileSync(join(dir, "404.html"), page("not found"))
  writeFileSync(join(dir, "plan", "index.html"), page("plan"))
  writeFileSync(join(dir, "plan", "goals.html"), page("goals"))
  writeFileSync(join(dir, "assets", "app.abc123.js"), script)
  writeFileSync(join(dir, "assets", "tiny.js"), "export {}\n")
  writeFileSync(join(dir, "favicon.png"), Buffer.alloc(4096, 7))
  totals = await compressSite(dir)
  site = await serveSite({ dir, port: 0 })
})

afterAll(async () => {
  await site.close()
  rmSync(root, { recursive: true, force: true })
})

describe("compressSite", () => {
  it("writes a .br and a .gz beside each text file worth compressing, which decompress to the original", () => {
    for (const file of ["index.html", "404.html", "plan/goals.html", "assets/app.abc123.js"]) {
      const original = readFileSync(join(dir, file))
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(original)
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(original)
    }
    expect(totals.files).toBe(5)
    expect(totals.brotliBytes).toBeLessThan(totals.bytes / 4)
  })

  it("leaves files below the minimum size and binary files alone", () => {
    expect(readFileSync(join(dir, "assets", "tiny.js")).length).toBeLessThan(minimumBytes)
    expect(() => readFileSync(join(dir, "assets", "tiny.js.br"))).toThrow()
    expect(() => readFileSync(join(dir, "favicon.png.gz"))).toThrow()
  })
})

describe("serveSite", () => {
  it("serves the Brotli copy to a browser that accepts it, gzip to one that accepts only gzip, and the file itself otherwise", async () => {
    const original = readFileSync(join(dir, "plan", "goals.html"))
    const br = await get(site, "/plan/goals.html", { "accept-encoding": "gzip, deflate, br" })
    expect(br.status).toBe(200)
    expect(br.headers["content-encoding"]).toBe("br")
    expect(br.headers["content-type"]).toBe("text/html;charset=utf-8")
    expect(br.headers.vary).toBe("Accept-Encoding")
    expect(brotliDecompressSync(br.body)).toEqual(original)

    const gz = await get(site, "/plan/goals.html", { "accept-encoding": "gzip" })
    expect(gz.headers["content-encoding"]).toBe("gzip")
    expect(gunzipSync(gz.body)).toEqual(original)

    const plain = await get(site, "/plan/goals.html")
    expect(plain.headers["content-encoding"]).toBeUndefined()
    expect(plain.body).toEqual(original)
  })

  it("lets browsers keep hashed assets for a year and makes them revalidate pages", async () => {
    const asset = await get(site, "/assets/app.abc123.js", { "accept-encoding": "br" })
    expect(asset.headers["cache-control"]).toBe("public,max-age=31536000,immutable")
    expect(asset.headers["content-type"]).toBe("text/javascript")
    const home = await get(site, "/")
    expect(home.headers["cache-control"]).toBe("no-cache")
    const again = await get(site, "/", { "if-none-match": String(home.headers.etag) })
    expect(again.status).toBe(304)
  })

  it("finds a page by its directory and by its name without .html", async () => {
    expect((await get(site, "/plan/")).body.toString()).toContain("<title>plan</title>")
    expect((await get(site, "/plan/goals")).body.toString()).toContain("<title>goals</title>")
  })

  it("answers a missing page with the site's 404 page, and a missing asset with an empty 404", async () => {
    const missing = await get(site, "/plan/no-such-chapter.html")
    expect(missing.status).toBe(404)
    expect(missing.headers["content-type"]).toBe("text/html;charset=utf-8")
    expect(missing.body.toString()).toContain("<title>not found</title>")
    const asset = await get(site, "/assets/no-such-chunk.js")
    expect(asset.status).toBe(404)
    expect(asset.body.length).toBe(0)
  })

  it("serves nothing outside the site's directory", async () => {
    for (const path of [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/assets/..%2f..%2fsecret.txt",
      "/plan/../../secret.txt",
    ]) {
      const answer = await get(site, path)
      expect(answer.status, path).toBe(404)
      expect(answer.body.toString(), path).not.toContain("SECRET")
    }
  })

  it("answers HEAD with the headers and no body", async () => {
    const head = await get(site, "/plan/goals.html", { "accept-encoding": "br" }, "HEAD")
    expect(head.status).toBe(200)
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0)
    expect(head.body.length).toBe(0)
  })
})

describe("bestLevel", () => {
  it("compresses the hashed assets a page needs and ordinary pages at Brotli's best level, and the largest files faster", () => {
    expect(bestLevel("assets/chunks/framework.BZSkbv-Z.js", 119_226)).toBe(true)
    expect(bestLevel("assets/chunks/@localSearchIndexroot.js", 720_894)).toBe(false)
    expect(bestLevel("plan/goals.html", 34_000)).toBe(true)
    expect(bestLevel("api/PlanData.html", 300_000)).toBe(false)
    expect(bestLevel("plan/assets.html", 100_000)).toBe(false)
  })
})

import { indicators, makeDecoder, Plan, targets } from "@ningxia-redcross/plan"
import { Ajv2020 } from "ajv/dist/2020.js"
import Papa from "papaparse"
import { describe, expect, it } from "vitest"
import { baseUrl } from "./browser.ts"

const get = async (name: string): Promise<{ readonly bytes: Uint8Array; readonly text: string; readonly type: string }> => {
  const response = await fetch(`${baseUrl()}/downloads/${name}`)
  expect(response.status).toBe(200)
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), type: response.headers.get("content-type") ?? "" }
}

const parseCsv = (text: string): ReadonlyArray<Record<string, string>> => {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

describe("downloads", () => {
  it("plan.json decodes through the library's Plan schema", async () => {
    const { text } = await get("plan.json")
    const decoded = makeDecoder(Plan)(JSON.parse(text))
    expect(decoded.ok ? [] : decoded.issues).toEqual([])
  })

  it("plan.schema.json is a JSON Schema that accepts plan.json and rejects a broken plan", async () => {
    const schema: unknown = JSON.parse((await get("plan.schema.json")).text)
    const plan: unknown = JSON.parse((await get("plan.json")).text)
    expect(schema).toMatchObject({ $schema: "https://json-schema.org/draft/2020-12/schema" })
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(typeof schema === "object" && schema !== null ? schema : {})
    expect(validate(plan) ? [] : validate.errors).toEqual([])
    expect(validate({ metadata: {} })).toBe(false)
  })

  it("progress-report.schema.json is a JSON Schema that accepts a valid observation and rejects a bad region", async () => {
    const schema: unknown = JSON.parse((await get("progress-report.schema.json")).text)
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(typeof schema === "object" && schema !== null ? schema : {})
    const good = { region: "640000", indicator: indicators[3]?.subject, year: 2023, value: 1000 }
    expect(validate(good) ? [] : validate.errors).toEqual([])
    expect(validate({ ...good, region: "110000" })).toBe(false)
  })

  it("indicators.csv is UTF-8 with a BOM and has the 15 rows with the library's values", async () => {
    const { bytes, text } = await get("indicators.csv")
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(text)
    expect(rows).toHaveLength(15)
    rows.forEach((row, i) => {
      expect(row.sequence).toBe(String(indicators[i]?.sequence))
      expect(row.name_zh).toBe(indicators[i]?.name.zh)
      expect(Number(row.increase_value)).toBe(indicators[i]?.increase.value)
    })
  })

  it("targets.csv is UTF-8 with a BOM and has a row per target statement", async () => {
    const { bytes, text } = await get("targets.csv")
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(text)
    expect(rows.map((r) => r.id)).toEqual(targets.map((t) => t.id))
    expect(rows.map((r) => r.quote)).toEqual(targets.map((t) => t.source.quote))
  })
})

/**
 * The package as consumers get it: a formula import bundles without the plan's text, and the
 * generated JSON Schemas accept the plan and sample reports (checked with ajv, a validator
 * independent of effect) and reject broken ones.
 */
import { createRequire } from "node:module"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"
import { describe, expect, it } from "vitest"
import { dataText, jsonSchemaText, schemaFiles } from "../../scripts/json-schemas.ts"
import { Plan } from "../../src/model/Plan.ts"
import { plan } from "../../src/PlanData.ts"

const packageDir = fileURLToPath(new URL("../..", import.meta.url))

// ajv is a root devDependency; its 2020-12 build handles the generated draft.
const Ajv2020 = createRequire(import.meta.url)("ajv/dist/2020") as new (
  options: object,
) => {
  compile: (schema: unknown) => ((data: unknown) => boolean) & { errors?: unknown }
}

const bundle = async (contents: string): Promise<string> => {
  const result = await build({
    stdin: { contents, resolveDir: packageDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    charset: "utf8",
    write: false,
    logLevel: "silent",
  })
  return new TextDecoder().decode(result.outputFiles[0]?.contents)
}

// Slices of running paragraphs, taken from the data (not typed here).
const paragraphs = [
  ...plan.guidingIdeology.paragraphs,
  ...plan.principles.items.map((p) => p.body),
  ...plan.measures.items.map((p) => p.body),
]
  .map((p) => p.zh)
  .filter((text) => text.length >= 40)
  .map((text) => text.slice(10, 40))

describe("subpath entries", () => {
  it("a formula import does not pull in the plan's paragraphs; the data entry does", async () => {
    expect(paragraphs.length).toBeGreaterThan(5)
    const formula = await bundle(
      'import { certificateShareFromUnknown, CertificateShareInput } from "./src/formulas/index.ts"\nglobalThis.keep = [certificateShareFromUnknown, CertificateShareInput]',
    )
    expect(paragraphs.filter((p) => formula.includes(p))).toEqual([])
    const data = await bundle('import * as data from "./src/entries/data.ts"\nglobalThis.keep = data')
    expect(paragraphs.filter((p) => !data.includes(p))).toEqual([])
  }, 60_000)
})

describe("JSON Schemas", () => {
  const schemaOf = (file: string) => {
    const entry = schemaFiles.find((f) => f.file === file)
    if (entry === undefined) throw new Error(`no schema file ${file}`)
    return new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(jsonSchemaText(entry)))
  }

  it("the plan as shipped in plan.json validates against plan.schema.json", () => {
    const validate = schemaOf("plan.schema.json")
    const json = JSON.parse(dataText(Plan, plan))
    expect(validate(json)).toBe(true)
    json.indicatorTable.rows[0].sequence = "one"
    expect(validate(json)).toBe(false)
  })

  it("sample reports validate against progress-report.schema.json, bad ones do not", () => {
    const validate = schemaOf("progress-report.schema.json")
    expect(
      validate([
        { region: "640104", indicator: "certificate-holders", year: 2023, value: 1250 },
        { region: "640100", indicator: "certificate-share", date: "2025-12-31", numerator: 60000, denominator: 2859074 },
      ]),
    ).toBe(true)
    expect(validate([{ region: "640104", indicator: "certificate-holders", year: 2023, value: -1 }])).toBe(false)
    expect(validate([{ region: "640104", year: 2023, value: 1 }])).toBe(false)
    expect(validate([{ region: "640104", indicator: "members", year: "2023", value: 1 }])).toBe(false)
  })

  it("every schema file is generated from an effect schema and is valid JSON Schema", () => {
    for (const entry of schemaFiles) {
      const json = JSON.parse(jsonSchemaText(entry))
      expect(json.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
      expect(() => new Ajv2020({ strict: false }).compile(json)).not.toThrow()
    }
  })
})

/**
 * Writes the JSON Schema files shipped in the package (`schemas/*.schema.json`), generated
 * from the effect schemas with `Schema.toJsonSchemaDocument`, never written by hand, and
 * the plan and regions as JSON (`dist/plan.json`, `dist/regions.json`) for systems that do
 * not run JavaScript. Run after tsc (`pnpm build` does both); `--check` only compares and exits 1 if
 * a committed schema file is out of date.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import * as Schema from "effect/Schema"
import { Plan } from "../src/model/Plan.ts"
import { RegionsData } from "../src/model/Region.ts"
import { plan } from "../src/PlanData.ts"
import { regions } from "../src/Regions.ts"
import { Observation } from "../src/reports/ProgressReport.ts"

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..")
const base = "https://unpkg.com/@ningxia-redcross/plan/schemas/"

interface SchemaFile {
  readonly file: string
  readonly title: string
  readonly description: string
  readonly schema: Schema.Constraint
}

/** The schemas shipped as JSON Schema, one file each. */
export const schemaFiles: ReadonlyArray<SchemaFile> = [
  {
    file: "plan.schema.json",
    title: "Ningxia Red Cross 14th Five-Year Plan (2021–2025)",
    description:
      "The whole plan as data: metadata, chapters, the main-indicator table, target statements, errata. Generated from the effect schema Plan.",
    schema: Plan,
  },
  {
    file: "regions.schema.json",
    title: "Ningxia regions",
    description:
      "The region, its prefecture-level cities and county-level units with populations and sources. Generated from the effect schema RegionsData.",
    schema: RegionsData,
  },
  {
    file: "observation.schema.json",
    title: "Progress observation",
    description:
      "One reported value of an indicator for a unit (six-digit division code) and a year or date; shares send numerator and denominator. Generated from the effect schema Observation.",
    schema: Observation,
  },
  {
    file: "progress-report.schema.json",
    title: "Progress report",
    description:
      "A progress report: an array of observations, as the ningxia-plan CLI and checkObservations read it. Generated from the effect schema Observation.",
    schema: Schema.Array(Observation),
  },
]

/** A JSON Schema (draft 2020-12) file's text for an effect schema. */
export const jsonSchemaText = (entry: SchemaFile): string => {
  const document = Schema.toJsonSchemaDocument(entry.schema)
  const json = {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${base}${entry.file}`,
    title: entry.title,
    description: entry.description,
    ...document.schema,
    $defs: document.definitions,
  }
  return `${JSON.stringify(json, null, 2)}\n`
}

/** A value encoded to JSON text through the schema's canonical JSON codec. */
export const dataText = <S extends Schema.ConstraintEncoder<unknown>>(schema: S, value: S["Type"]): string =>
  `${JSON.stringify(Schema.encodeUnknownSync(Schema.toCodecJson(schema))(value), null, 2)}\n`

const main = () => {
  const check = process.argv.includes("--check")
  const stale: Array<string> = []
  mkdirSync(join(packageRoot, "schemas"), { recursive: true })
  for (const entry of schemaFiles) {
    const path = join(packageRoot, "schemas", entry.file)
    const text = jsonSchemaText(entry)
    let current = ""
    try {
      current = readFileSync(path, "utf8")
    } catch {
      current = ""
    }
    if (current !== text) {
      stale.push(entry.file)
      if (!check) writeFileSync(path, text)
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(`Out of date: ${stale.join(", ")}. Run the package build to regenerate them.`)
      process.exit(1)
    }
    console.log(`JSON Schemas up to date (${schemaFiles.length} files).`)
    return
  }
  mkdirSync(join(packageRoot, "dist"), { recursive: true })
  writeFileSync(join(packageRoot, "dist", "plan.json"), dataText(Plan, plan))
  writeFileSync(join(packageRoot, "dist", "regions.json"), dataText(RegionsData, regions))
  console.log(
    `JSON Schemas: ${schemaFiles.map((e) => e.file).join(", ")}${stale.length > 0 ? ` (updated ${stale.join(", ")})` : ""}; data: dist/plan.json, dist/regions.json`,
  )
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main()

/**
 * The downloadable files, generated from the library at build time: the plan as JSON,
 * the indicators and all targets as CSV (UTF-8 with a BOM for Excel and WPS), and the
 * JSON Schemas of the plan and of progress reports (observations).
 */
import * as Schema from "effect/Schema"
import type { MessageKey } from "../i18n.ts"
import { indicatorOf, indicators, observationJsonSchema, Plan, plan, type Timing, targets, unitEn, unitZh } from "../plan.ts"

/** One downloadable file. */
export interface DownloadFile {
  readonly name: string
  readonly format: string
  readonly description: MessageKey
  readonly content: string
}

const BOM = "\uFEFF"

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
export const csvField = (value: string | number | undefined): string => {
  const text = value === undefined ? "" : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A CSV document with a BOM and CRLF line ends. */
export const csv = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string | number | undefined>>): string =>
  `${BOM + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`

const timingText = (timing: Timing): string => {
  switch (timing.type) {
    case "period":
      return `${timing.from}-${timing.to}`
    case "by":
      return `by ${timing.year}`
    case "everyYear":
      return "every year"
    case "everyNYears":
      return `every ${timing.years} years`
  }
}

/** A standalone JSON Schema (draft 2020-12) file from effect's JSON Schema document. */
const schemaFile = (document: { readonly schema: object; readonly definitions: object }): object => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  ...document.schema,
  $defs: document.definitions,
})

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/** Every download, generated now from the library. */
export const downloadFiles = (): ReadonlyArray<DownloadFile> => {
  const files: Array<DownloadFile> = [
    { name: "plan.json", format: "JSON", description: "downloadPlanJson", content: json(Schema.encodeUnknownSync(Plan)(plan)) },
    {
      name: "indicators.csv",
      format: "CSV",
      description: "downloadIndicatorsCsv",
      content: csv(
        ["sequence", "id", "name_zh", "name_en", "unit_zh", "unit_en", "increase_printed", "increase_value", "kind", "comparison"],
        indicators.map((row) => [
          row.sequence,
          row.id,
          row.name.zh,
          row.name.en,
          unitZh(row.increase.unit),
          unitEn(row.increase.unit),
          row.increase.printed,
          row.increase.value,
          row.kind,
          row.comparison,
        ]),
      ),
    },
    {
      name: "targets.csv",
      format: "CSV",
      description: "downloadTargetsCsv",
      content: csv(
        [
          "id",
          "subject",
          "indicator_id",
          "label_zh",
          "label_en",
          "kind",
          "comparison",
          "measure",
          "printed",
          "unit_zh",
          "unit_en",
          "value",
          "timing",
          "responsible",
          "section",
          "quote",
        ],
        targets.map((target) => [
          target.id,
          target.subject,
          indicatorOf(target)?.id,
          target.label.zh,
          target.label.en,
          target.kind,
          target.comparison,
          target.measure,
          target.quantity?.printed,
          target.quantity === undefined ? undefined : unitZh(target.quantity.unit),
          target.quantity === undefined ? undefined : unitEn(target.quantity.unit),
          target.quantity?.value,
          timingText(target.timing),
          target.responsible,
          target.source.section,
          target.source.quote,
        ]),
      ),
    },
    {
      name: "plan.schema.json",
      format: "JSON Schema",
      description: "downloadPlanSchema",
      content: json(schemaFile(Schema.toJsonSchemaDocument(Plan))),
    },
  ]
  files.push({
    name: "progress-report.schema.json",
    format: "JSON Schema",
    description: "downloadReportSchema",
    content: json(observationJsonSchema),
  })
  return files
}

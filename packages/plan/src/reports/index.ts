/**
 * Progress reports: the observation schema and its JSON Schema, a CSV reader that keeps line
 * numbers, row-by-row checks, and aggregation by region and city.
 *
 * @packageDocumentation
 */
export * from "./Aggregate.ts"
export * from "./Csv.ts"
export * from "./ProgressReport.ts"

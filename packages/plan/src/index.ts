/**
 * `@ningxia-redcross/plan`: the Ningxia Red Cross 14th Five-Year Development Plan
 * (2021–2025) as typed, validated data, with target formulas, progress evaluation and
 * regional allocation.
 *
 * @packageDocumentation
 */
export * from "./Consistency.ts"
export * from "./Decoders.ts"
export * from "./evaluation/index.ts"
export * from "./Format.ts"
export * from "./formulas/index.ts"
export * from "./GlossaryData.ts"
export * from "./model/Direction.ts"
export * from "./model/Document.ts"
export * from "./model/Erratum.ts"
export * from "./model/Glossary.ts"
export * from "./model/Indicator.ts"
export * from "./model/Metadata.ts"
export * from "./model/NumberTrace.ts"
export * from "./model/Plan.ts"
export * from "./model/Quantity.ts"
export * from "./model/Region.ts"
export * from "./model/Section.ts"
export * from "./model/Target.ts"
export * from "./model/Text.ts"
export * from "./PlanData.ts"
export * from "./Regions.ts"
export * from "./Render.ts"
export * from "./reports/index.ts"
export * from "./SourceText.ts"
export * from "./Traceability.ts"
export * from "./Validation.ts"

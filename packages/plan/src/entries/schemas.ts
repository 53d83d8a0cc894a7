/**
 * `@ningxia-redcross/plan/schemas`: the effect schemas of the plan model and the plain
 * decoders, without the plan's text. Import this to validate data from other systems.
 *
 * @packageDocumentation
 */
export * from "../model/Document.ts"
export * from "../model/Erratum.ts"
export * from "../model/Indicator.ts"
export * from "../model/Metadata.ts"
export * from "../model/NumberTrace.ts"
export * from "../model/Plan.ts"
export * from "../model/Quantity.ts"
export * from "../model/Region.ts"
export * from "../model/Section.ts"
export * from "../model/Target.ts"
export * from "../model/Text.ts"
export * from "../Validation.ts"

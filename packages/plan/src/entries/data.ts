/**
 * `@ningxia-redcross/plan/data`: the plan and the regions as decoded data with their
 * accessors, without the formulas or the command line.
 *
 * @packageDocumentation
 */
export * from "../PlanData.ts"
export * from "../Regions.ts"

/**
 * Progress evaluation: linear pacing (China), CAGR ratio (Statistics Canada / Open SDG) and
 * the UN SDG Progress Chart, for one indicator or the whole plan at any date.
 *
 * @packageDocumentation
 */
export * from "./Evaluate.ts"
export * from "./Methods.ts"

/**
 * Progress evaluation: linear pacing (China), CAGR ratio (Statistics Canada / Open SDG) and
 * the UN SDG Progress Chart, for one indicator or the whole plan at any date, and an
 * indicator's actual values beside its target path.
 *
 * @packageDocumentation
 */
export * from "./Evaluate.ts"
export * from "./Methods.ts"
export * from "./ProgressPath.ts"

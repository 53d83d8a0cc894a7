/**
 * Target formulas: certificate share, teacher–student ratio, reserves and coverage,
 * fundraising pace, regional allocation, target paths and required yearly additions. Pure, synchronous, with typed errors and plain
 * `{ ok, value | issues }` entry points; defaults are the 14th plan's, read from the data.
 *
 * @packageDocumentation
 */
export * from "./Allocation.ts"
export * from "./CertificateShare.ts"
export * from "./Defaults.ts"
export * from "./Fundraising.ts"
export * from "./Inputs.ts"
export * from "./Reserve.ts"
export * from "./TargetPath.ts"
export * from "./TeacherRatio.ts"
export * from "./YearlyAdditions.ts"

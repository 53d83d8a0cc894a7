/**
 * The parts of the library the calculators use, imported from their source modules
 * (not the barrel) so that a calculator page ships only the formulas it calls.
 */

export { indicatorTable } from "../../../../../packages/plan/src/data/indicators.ts"
export { targets } from "../../../../../packages/plan/src/data/targets.ts"
export {
  categoriesOf,
  type EvaluationMethod,
  type EvaluationTarget,
  evaluatePlanFromUnknown,
  type IndicatorEvaluation,
  IsoDate,
  type PlanEvaluation,
  planEvaluationTargets,
} from "../../../../../packages/plan/src/evaluation/Evaluate.ts"
export {
  cagrStatusNames,
  linearStatusNames,
  notApplicableReasons,
  progressChartStatusNames,
} from "../../../../../packages/plan/src/evaluation/Methods.ts"
export { type ProgressPath, progressPathFromUnknown } from "../../../../../packages/plan/src/evaluation/ProgressPath.ts"
export { type Allocation, allocateFromUnknown, cityWeights } from "../../../../../packages/plan/src/formulas/Allocation.ts"
export {
  type CertificateShare,
  certificateShareFromUnknown,
  type ValidCertificates,
  validCertificatesFromUnknown,
} from "../../../../../packages/plan/src/formulas/CertificateShare.ts"
export { planDefaults, quoteOf } from "../../../../../packages/plan/src/formulas/Defaults.ts"
export { type Fundraising, fundraisingFromUnknown } from "../../../../../packages/plan/src/formulas/Fundraising.ts"
export { Amount, bilingual, Count, messageIn, PositiveInt, Year } from "../../../../../packages/plan/src/formulas/Inputs.ts"
export {
  type Coverage,
  coverageFromUnknown,
  coverageRules,
  type StemCellRegistry,
  stemCellRegistryFromUnknown,
} from "../../../../../packages/plan/src/formulas/Reserve.ts"
export { type TargetPath, targetPathFromUnknown } from "../../../../../packages/plan/src/formulas/TargetPath.ts"
export {
  type SchoolsRatio,
  schoolsRatioFromUnknown,
  type TeacherRatio,
  teacherRatioFromUnknown,
} from "../../../../../packages/plan/src/formulas/TeacherRatio.ts"
export {
  type RequiredYearlyAdditions,
  requiredYearlyAdditionsFromUnknown,
} from "../../../../../packages/plan/src/formulas/YearlyAdditions.ts"
export type { Locale, Text } from "../../../../../packages/plan/src/model/Text.ts"
export { cities, counties, regions } from "../../../../../packages/plan/src/Regions.ts"
export { type Decoded, makeDecoder, type ValidationIssue } from "../../../../../packages/plan/src/Validation.ts"

/**
 * The calculators as the pages use them: rendered at build time, and made interactive only
 * when they scroll into view (Vue's lazy hydration), so that a calculator page's first
 * screen does not wait for the library and the schemas to load.
 */
import { type Component, defineAsyncComponent, hydrateOnVisible } from "vue"

const lazy = (loader: () => Promise<{ default: Component }>) =>
  defineAsyncComponent({ loader, hydrate: hydrateOnVisible({ rootMargin: "200px" }) })

export const CertificateShareCalculator = lazy(() => import("./CertificateShareCalculator.vue"))
export const TeacherRatioCalculator = lazy(() => import("./TeacherRatioCalculator.vue"))
export const ReserveCoverageCalculator = lazy(() => import("./ReserveCoverageCalculator.vue"))
export const FundraisingCalculator = lazy(() => import("./FundraisingCalculator.vue"))
export const AllocationCalculator = lazy(() => import("./AllocationCalculator.vue"))
export const NextPlanCalculator = lazy(() => import("./NextPlanCalculator.vue"))
export const ProgressTracker = lazy(() => import("./ProgressTracker.vue"))
export const PlanPassages = lazy(() => import("./PlanPassages.vue"))
export const WorkedExample = lazy(() => import("./WorkedExample.vue"))

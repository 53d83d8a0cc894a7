/**
 * The whole plan as an encoded literal: plain JSON-compatible data.
 */
import type { Plan } from "../model/Plan.ts"
import { goals, guidingIdeology, measures, preamble, principles, tasks } from "./document.ts"
import { errata } from "./errata.ts"
import { indicatorTable } from "./indicators.ts"
import { metadata } from "./metadata.ts"
import { notTargets } from "./notTargets.ts"
import { targets } from "./targets.ts"

export const planData = {
  metadata,
  preamble,
  guidingIdeology,
  principles,
  goals,
  indicatorTable,
  tasks,
  measures,
  targets,
  notTargets,
  errata,
} as const satisfies typeof Plan.Encoded

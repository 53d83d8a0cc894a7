/**
 * The traceability list: every number in the plan's text, and what accounts for it.
 *
 * @since 0.1.0
 */

import type { NumberRole } from "./model/NumberTrace.ts"
import type { Plan } from "./model/Plan.ts"
import type { SectionId } from "./model/Section.ts"
import type { Target } from "./model/Target.ts"
import type { Text } from "./model/Text.ts"
import { type Block, renderPlan } from "./Render.ts"

/**
 * What accounts for a number in the text.
 *
 * @category models
 * @since 0.1.0
 */
export type Account =
  | { readonly type: "target"; readonly id: string; readonly as: "quantity" | "limit" | "deadline" | "baseline" | "interval" }
  | { readonly type: "indicator"; readonly sequence: number }
  | { readonly type: "structure"; readonly role: "ordinal" }
  | { readonly type: "notATarget"; readonly role: NumberRole; readonly note: Text }

/**
 * One number of the text: the digits, the paragraph and section it stands in, its
 * offset in that paragraph, and everything that accounts for it (empty: unaccounted).
 *
 * @category models
 * @since 0.1.0
 */
export interface TracedNumber {
  readonly figure: string
  readonly section: SectionId
  readonly block: number
  readonly offset: number
  readonly context: string
  readonly accounts: ReadonlyArray<Account>
}

/**
 * A reviewed not-a-target entry that accounts for no number of the text (stale).
 *
 * @category models
 * @since 0.1.0
 */
export interface UnusedEntry {
  readonly index: number
  readonly section: SectionId
  readonly quote: string
}

/**
 * @category models
 * @since 0.1.0
 */
export interface Traceability {
  readonly numbers: ReadonlyArray<TracedNumber>
  readonly unaccounted: ReadonlyArray<TracedNumber>
  readonly unusedNotTargets: ReadonlyArray<UnusedEntry>
}

const numberPattern = /\d+(?:\.\d+)?/g

const occurrences = (text: string, quote: string): ReadonlyArray<number> => {
  const found: Array<number> = []
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at)
  return found
}

const tokens = (s: string): ReadonlyArray<string> => s.match(numberPattern) ?? []

const targetFigures = (t: Target): ReadonlyArray<{ readonly figure: string; readonly as: Extract<Account, { type: "target" }>["as"] }> => {
  const figures: Array<{ figure: string; as: Extract<Account, { type: "target" }>["as"] }> = []
  for (const f of tokens(t.quantity?.printed ?? "")) figures.push({ figure: f, as: "quantity" })
  for (const f of tokens(t.limit?.quantity.printed ?? "")) figures.push({ figure: f, as: "limit" })
  if (t.timing.type === "by") figures.push({ figure: String(t.timing.year), as: "deadline" })
  if (t.timing.type === "period")
    figures.push({ figure: String(t.timing.from), as: "deadline" }, { figure: String(t.timing.to), as: "deadline" })
  if (t.timing.type === "everyNYears") figures.push({ figure: String(t.timing.years), as: "interval" })
  if (t.baseline !== undefined) figures.push({ figure: String(t.baseline.year), as: "baseline" })
  return figures
}

const sectionMatches = (blockSection: SectionId, section: SectionId) => blockSection === section

/**
 * Traces every number in the plan's rendered text (Arabic digits, with decimals) to what
 * accounts for it: a target statement whose quote holds it (as its figure, limit,
 * deadline, interval or baseline), an indicator row, a heading's or item's own number,
 * or an entry of the reviewed not-a-target list. Also lists numbers nothing accounts for,
 * and not-a-target entries that account for nothing.
 *
 * @example
 * ```ts
 * const trace = traceNumbers(plan)
 * trace.unaccounted.length // => 0
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const traceNumbers = (plan: Plan, blocks: ReadonlyArray<Block> = renderPlan(plan)): Traceability => {
  const numbers = blocks.flatMap((b, blockIndex) =>
    [...b.zh.matchAll(numberPattern)].map((m) => {
      const offset = m.index
      const accounts: Array<Account> = []
      for (const s of b.structural) {
        if (offset >= s.start && offset < s.end) {
          accounts.push(
            s.role === "indicator"
              ? { type: "indicator", sequence: Number(b.section.replace("indicator-", "")) }
              : { type: "structure", role: "ordinal" },
          )
        }
      }
      return {
        figure: m[0],
        section: b.section,
        block: blockIndex,
        offset,
        context: b.zh.slice(Math.max(0, offset - 12), offset + m[0].length + 12),
        accounts,
      }
    }),
  )
  const inSpan = (blockIndex: number, start: number, end: number) =>
    numbers.filter((n) => n.block === blockIndex && n.offset >= start && n.offset + n.figure.length <= end)

  for (const t of plan.targets) {
    const figures = targetFigures(t)
    blocks.forEach((b, blockIndex) => {
      if (!sectionMatches(b.section, t.source.section)) return
      for (const at of occurrences(b.zh, t.source.quote)) {
        for (const n of inSpan(blockIndex, at, at + t.source.quote.length)) {
          const hit = figures.find((f) => f.figure === n.figure)
          if (hit !== undefined) n.accounts.push({ type: "target", id: t.id, as: hit.as })
        }
      }
    })
  }

  const unusedNotTargets: Array<UnusedEntry> = []
  plan.notTargets.forEach((entry, index) => {
    let used = false
    blocks.forEach((b, blockIndex) => {
      if (!sectionMatches(b.section, entry.section)) return
      for (const at of occurrences(b.zh, entry.quote)) {
        const figureAt = at + entry.quote.indexOf(entry.figure)
        for (const n of inSpan(blockIndex, figureAt, figureAt + entry.figure.length)) {
          n.accounts.push({ type: "notATarget", role: entry.role, note: entry.note })
          used = true
        }
      }
    })
    if (!used) unusedNotTargets.push({ index, section: entry.section, quote: entry.quote })
  })
  return { numbers, unaccounted: numbers.filter((n) => n.accounts.length === 0), unusedNotTargets }
}

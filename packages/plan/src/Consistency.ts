/**
 * The consistency report: every target the plan states in more than one place, whether
 * the statements agree, and the numbers the plan implies but does not print.
 *
 * @since 0.1.0
 */
import type { Indicator } from "./model/Indicator.ts"
import type { Plan } from "./model/Plan.ts"
import { type Unit, unitEn, unitZh } from "./model/Quantity.ts"
import type { SectionId } from "./model/Section.ts"
import type { Comparison, Subject, Target, TargetKind, TargetMeasure } from "./model/Target.ts"
import type { Text } from "./model/Text.ts"
import { cities, regionCensusPopulation } from "./Regions.ts"

/**
 * One place that states a target: a table row or a target statement.
 *
 * @category models
 * @since 0.1.0
 */
export interface Statement {
  readonly from: "indicator" | "target"
  readonly id: string
  readonly section: SectionId
  readonly label: Text
  readonly kind: TargetKind
  readonly measure: TargetMeasure
  readonly comparison: Comparison
  readonly value: number | undefined
  readonly printed: string | undefined
  readonly unit: Unit | undefined
  readonly quote: string
  readonly note: Text | undefined
}

/**
 * A disagreement or a remark about a subject's statements.
 *
 * - `unitMismatch`: the same figure in different units (13 万人 / 13 万人次).
 * - `valueMismatch`: different figures for the same measure.
 * - `kindMismatch`: counted as different kinds (a count in the table, a coverage rule in the goals).
 * - `onlyInTable` / `onlyInColumns`: stated in one place only.
 * - `note`: a reviewer's note recorded in the data.
 *
 * @category models
 * @since 0.1.0
 */
export interface Finding {
  readonly type: "unitMismatch" | "valueMismatch" | "kindMismatch" | "onlyInTable" | "onlyInColumns" | "note"
  readonly message: Text
}

/**
 * All the statements of one subject and what the report found about them.
 *
 * @category models
 * @since 0.1.0
 */
export interface SubjectReport {
  readonly subject: Subject
  readonly indicator: Indicator | undefined
  readonly statements: ReadonlyArray<Statement>
  readonly valuesAgree: boolean
  readonly unitsAgree: boolean
  readonly findings: ReadonlyArray<Finding>
}

/**
 * A number the plan implies: derived from its statements by a stated formula.
 *
 * @category models
 * @since 0.1.0
 */
export interface ImpliedNumber {
  readonly subject: Subject
  readonly label: Text
  readonly formula: string
  readonly value: number
  readonly unit: Unit
  /** Whether the implied number agrees with a statement the plan makes, where it makes one. */
  readonly agreesWith: { readonly id: string; readonly agrees: boolean } | undefined
}

/**
 * The whole report.
 *
 * @category models
 * @since 0.1.0
 */
export interface ConsistencyReport {
  readonly subjects: ReadonlyArray<SubjectReport>
  readonly implied: ReadonlyArray<ImpliedNumber>
}

/**
 * Options for {@link consistencyReport}.
 *
 * @category models
 * @since 0.1.0
 */
export interface ConsistencyOptions {
  /** Number of prefecture-level cities, for coverage rules (default: the 5 in the region data). */
  readonly prefectureCities?: number
  /** Resident population for share targets (default: the 2020 census, 7,202,654). */
  readonly population?: number
}

const fromIndicator = (row: Indicator): Statement => ({
  from: "indicator",
  id: row.id,
  section: `indicator-${row.sequence}`,
  label: row.name,
  kind: row.kind,
  measure: "increase",
  comparison: row.comparison,
  value: row.increase.value,
  printed: row.increase.printed,
  unit: row.increase.unit,
  quote: `${row.name.zh}（${unitZh(row.increase.unit)}）\t${row.increase.printed}`,
  note: undefined,
})

const fromTarget = (t: Target): Statement => ({
  from: "target",
  id: t.id,
  section: t.source.section,
  label: t.label,
  kind: t.kind,
  measure: t.measure,
  comparison: t.comparison,
  value: t.quantity?.value,
  printed: t.quantity?.printed,
  unit: t.quantity?.unit,
  quote: t.source.quote,
  note: t.note,
})

const fmt = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 6 })

const subjectFindings = (statements: ReadonlyArray<Statement>, indicator: Indicator | undefined): SubjectReport["findings"] => {
  const findings: Array<Finding> = []
  const byMeasure = new Map<TargetMeasure, Array<Statement>>()
  for (const s of statements) byMeasure.set(s.measure, [...(byMeasure.get(s.measure) ?? []), s])
  for (const group of byMeasure.values()) {
    const withValue = group.filter((s) => s.value !== undefined && s.unit !== undefined)
    const first = withValue[0]
    if (first === undefined || first.unit === undefined) continue
    for (const s of withValue.slice(1)) {
      if (s.unit === undefined) continue
      if (s.unit.base !== first.unit.base) {
        findings.push({
          type: "unitMismatch",
          message: {
            zh: `${first.section}（${first.printed ?? ""} ${unitZh(first.unit)}）与 ${s.section}（${s.printed ?? ""} ${unitZh(s.unit)}）单位不同`,
            en: `${first.section} states ${first.printed ?? ""} ${unitEn(first.unit)}, ${s.section} states ${s.printed ?? ""} ${unitEn(s.unit)}`,
          },
        })
      } else if (s.value !== first.value) {
        findings.push({
          type: "valueMismatch",
          message: {
            zh: `${first.section} 为 ${fmt(first.value ?? 0)}，${s.section} 为 ${fmt(s.value ?? 0)}`,
            en: `${first.section} states ${fmt(first.value ?? 0)}, ${s.section} states ${fmt(s.value ?? 0)}`,
          },
        })
      }
    }
  }
  const kinds = [...new Set(statements.map((s) => s.kind))]
  if (kinds.length > 1 && !(kinds.length === 2 && kinds.includes("stock") && kinds.includes("increment"))) {
    findings.push({
      type: "kindMismatch",
      message: {
        zh: `各处的目标类型不同：${kinds.join("、")}`,
        en: `Stated as different kinds of target: ${kinds.join(", ")}`,
      },
    })
  }
  const targetsOnly = statements.filter((s) => s.from === "target")
  if (indicator !== undefined && targetsOnly.length === 0) {
    findings.push({
      type: "onlyInTable",
      message: { zh: "只在主要指标表中出现", en: "Stated only in the main-indicator table" },
    })
  }
  if (indicator === undefined && targetsOnly.length > 0 && targetsOnly.every((s) => s.section.startsWith("column-"))) {
    findings.push({
      type: "onlyInColumns",
      message: { zh: "只在专栏中出现，发展目标和主要指标表中没有", en: "Stated only in a column, not in the goals or the indicator table" },
    })
  }
  for (const s of statements) if (s.note !== undefined) findings.push({ type: "note", message: s.note })
  return findings
}

/**
 * The plan's consistency report: for every subject its statements (table row, goals,
 * columns, tasks), whether values and units agree, findings, and the implied numbers
 * (a stock's baseline, a yearly amount times the period, the places a count implies).
 *
 * @example
 * ```ts
 * const report = consistencyReport(plan)
 * report.subjects.find((s) => s.subject === "humanitarian-relief-beneficiaries")?.unitsAgree // => false
 * report.implied.find((n) => n.subject === "stem-cell-registry")?.value // => 29000
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const consistencyReport = (plan: Plan, options: ConsistencyOptions = {}): ConsistencyReport => {
  const prefectureCities = options.prefectureCities ?? cities.length
  const population = options.population ?? regionCensusPopulation
  const rows = plan.indicatorTable.rows
  const subjects: Array<Subject> = []
  for (const s of [...rows.map((r) => r.subject), ...plan.targets.map((t) => t.subject)]) if (!subjects.includes(s)) subjects.push(s)

  const reports = subjects.map((subject): SubjectReport => {
    const indicator = rows.find((r) => r.subject === subject)
    const statements = [
      ...(indicator === undefined ? [] : [fromIndicator(indicator)]),
      ...plan.targets.filter((t) => t.subject === subject).map(fromTarget),
    ]
    const findings = subjectFindings(statements, indicator)
    return {
      subject,
      indicator,
      statements,
      valuesAgree: !findings.some((f) => f.type === "valueMismatch"),
      unitsAgree: !findings.some((f) => f.type === "unitMismatch"),
      findings,
    }
  })

  const years = plan.metadata.period.to - plan.metadata.period.from + 1
  const implied: Array<ImpliedNumber> = []
  for (const report of reports) {
    const valued = report.statements.filter(
      (s): s is Statement & { readonly value: number; readonly unit: Unit } => s.value !== undefined && s.unit !== undefined,
    )
    const level = valued.find((s) => s.measure === "level" && s.kind === "stock")
    const increase = valued.find((s) => s.measure === "increase")
    if (level !== undefined && increase !== undefined) {
      implied.push({
        subject: report.subject,
        label: {
          zh: `${plan.metadata.period.from - 1} 年末基数（总量 − 新增）`,
          en: `Baseline at the end of ${plan.metadata.period.from - 1} (level − increase)`,
        },
        formula: `${fmt(level.value)} − ${fmt(increase.value)}`,
        value: level.value - increase.value,
        unit: { base: level.unit.base, scale: 1 },
        agreesWith: undefined,
      })
    }
    const perYear = valued.find((s) => s.measure === "perYear" && s.kind === "annualFlow" && s.unit.base === "yuan")
    const total = valued.find((s) => s.measure === "increase" && s.from === "target")
    if (perYear !== undefined && total !== undefined) {
      implied.push({
        subject: report.subject,
        label: { zh: `每年金额 × ${years} 年`, en: `Yearly amount × ${years} years` },
        formula: `${fmt(perYear.value)} × ${years}`,
        value: perYear.value * years,
        unit: { base: perYear.unit.base, scale: 1 },
        agreesWith: { id: total.id, agrees: perYear.value * years === total.value },
      })
    }
    const rule = valued.find((s) => s.kind === "coverage" && s.measure === "perUnit")
    const rowCount = report.indicator === undefined ? undefined : report.statements.find((s) => s.from === "indicator")
    const ruleTarget = plan.targets.find((t) => t.id === rule?.id)
    if (rule !== undefined && rowCount?.value !== undefined && ruleTarget?.responsible === "everyPrefectureCityAndDisasterProneCounty") {
      implied.push({
        subject: report.subject,
        label: {
          zh: `表中 ${fmt(rowCount.value)} 支，按“每个地级市和灾害多发县至少 ${fmt(rule.value)} 支”，隐含的灾害多发县（区）数（减去 ${prefectureCities} 个地级市）`,
          en: `The table's ${fmt(rowCount.value)} teams under the rule “at least ${fmt(rule.value)} per prefecture-level city and disaster-prone county” imply this many disaster-prone counties (after the ${prefectureCities} cities)`,
        },
        formula: `${fmt(rowCount.value)} ÷ ${fmt(rule.value)} − ${prefectureCities}`,
        value: rowCount.value / rule.value - prefectureCities,
        unit: { base: "unit", scale: 1 },
        agreesWith: undefined,
      })
    }
  }
  // A share of the population implies a number of people, and with an increment over a
  // baseline, the baseline the increment needs to reach the share.
  for (const share of plan.targets.filter((t) => t.kind === "share" && t.quantity?.unit.base === "share")) {
    if (share.quantity === undefined) continue
    const required = Math.ceil(share.quantity.value * population - 1e-9)
    const people = plan.targets.find(
      (t) =>
        t.kind === "increment" && t.baseline !== undefined && share.source.quote.includes("证书") && t.subject === "certificate-holders",
    )
    implied.push({
      subject: share.subject,
      label: {
        zh: `常住人口 ${fmt(population)} 人的 ${share.quantity.printed}`,
        en: `${share.quantity.printed} of a resident population of ${fmt(population)}`,
      },
      formula: `⌈${fmt(share.quantity.value)} × ${fmt(population)}⌉`,
      value: required,
      unit: { base: "person", scale: 1 },
      agreesWith: undefined,
    })
    if (people?.quantity !== undefined && people.baseline !== undefined) {
      implied.push({
        subject: share.subject,
        label: {
          zh: `增加 ${fmt(people.quantity.value)} 人即达到 ${share.quantity.printed} 所需的 ${people.baseline.year} 年末持证人数`,
          en: `Certificate holders needed at the end of ${people.baseline.year} for +${fmt(people.quantity.value)} to reach ${share.quantity.printed}`,
        },
        formula: `${fmt(required)} − ${fmt(people.quantity.value)}`,
        value: required - people.quantity.value,
        unit: { base: "person", scale: 1 },
        agreesWith: undefined,
      })
    }
    break
  }
  return { subjects: reports, implied }
}

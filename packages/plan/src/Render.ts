/**
 * The plan rendered back to its text, paragraph by paragraph, in document order.
 * The site renders from this; the tests compare it with the repaired source text.
 *
 * @since 0.1.0
 */
import { formatQuantity } from "./Format.ts"
import type { Plan } from "./model/Plan.ts"
import { unitZh } from "./model/Quantity.ts"
import type { SectionId } from "./model/Section.ts"

/**
 * What a rendered paragraph is, for layout.
 *
 * @category models
 * @since 0.1.0
 */
export type BlockKind =
  | "title"
  | "chapterHeading"
  | "taskHeading"
  | "columnHeading"
  | "projectHeading"
  | "tableTitle"
  | "tableHeader"
  | "tableRow"
  | "paragraph"
  | "colophon"

/**
 * A span of a paragraph's Chinese text holding a number that the structure itself
 * produced: a heading's ordinal, an item number, a table row's sequence or increase.
 *
 * @category models
 * @since 0.1.0
 */
export interface StructuralNumber {
  readonly start: number
  readonly end: number
  readonly role: "ordinal" | "indicator"
}

/**
 * One paragraph of the plan as rendered: its section, its kind, the Chinese text, its
 * English translation, and the numbers the structure produced (in the Chinese text).
 *
 * @category models
 * @since 0.1.0
 */
export interface Block {
  readonly section: SectionId
  readonly kind: BlockKind
  readonly zh: string
  readonly en: string
  readonly structural: ReadonlyArray<StructuralNumber>
}

const chineseNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"] as const

/**
 * The Chinese numeral for 1–9, as used in the plan's headings (一、（二）).
 *
 * @example
 * ```ts
 * chineseNumeral(3) // => "三"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const chineseNumeral = (n: number): string => chineseNumerals[n - 1] ?? String(n)

/**
 * An item number as printed: two digits (01, 02 …).
 *
 * @example
 * ```ts
 * itemNumber(4) // => "04"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const itemNumber = (n: number): string => String(n).padStart(2, "0")

const block = (section: SectionId, kind: BlockKind, zh: string, en: string, structural: ReadonlyArray<StructuralNumber> = []): Block => ({
  section,
  kind,
  zh,
  en,
  structural,
})

const prefixed = (prefix: string, digits: string): ReadonlyArray<StructuralNumber> => [
  { start: prefix.length, end: prefix.length + digits.length, role: "ordinal" },
]

const issueDateZh = (iso: string): string => {
  const [y, m, d] = iso.split("-").map(Number)
  return `${String(y)}年${String(m)}月${String(d)}日印发`
}

/**
 * Renders the plan to its paragraphs in document order: title, preamble, the five
 * chapters with the indicator table, tasks, columns, projects and items, and the
 * colophon. Headings use canonical spacing (专栏 3, 项目 1.); paragraphs are verbatim.
 *
 * @example
 * ```ts
 * const blocks = renderPlan(plan)
 * blocks[0]?.zh // => "宁夏回族自治区红十字事业发展“十四五”规划（2021-2025年）"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const renderPlan = (plan: Plan): ReadonlyArray<Block> => {
  const out: Array<Block> = []
  const { metadata } = plan
  out.push(block("title", "title", metadata.title.zh, metadata.title.en))
  out.push(block("preamble", "paragraph", plan.preamble.zh, plan.preamble.en))

  const chapter = (n: number, heading: { readonly zh: string; readonly en: string }, section: SectionId) =>
    out.push(block(section, "chapterHeading", `${chineseNumeral(n)}、${heading.zh}`, heading.en))

  chapter(1, plan.guidingIdeology.heading, "guiding-ideology")
  for (const p of plan.guidingIdeology.paragraphs) out.push(block("guiding-ideology", "paragraph", p.zh, p.en))

  chapter(2, plan.principles.heading, "principles")
  for (const p of plan.principles.items) {
    out.push(block(`principle-${p.number}`, "paragraph", `——${p.title.zh}。${p.body.zh}`, `${p.title.en}. ${p.body.en}`))
  }

  chapter(3, plan.goals.heading, "goals")
  out.push(block("goals", "paragraph", plan.goals.overall.zh, plan.goals.overall.en))
  for (const g of plan.goals.subGoals) {
    out.push(block(`goal-${g.number}`, "paragraph", `——${g.title.zh}。${g.body.zh}`, `${g.title.en}. ${g.body.en}`))
  }

  const table = plan.indicatorTable
  out.push(block("indicators", "tableTitle", table.title.zh, table.title.en))
  out.push(block("indicators", "tableHeader", table.columns.map((c) => c.zh).join("\t"), table.columns.map((c) => c.en).join("\t")))
  for (const row of table.rows) {
    const seq = String(row.sequence)
    const head = `${seq}\t${row.name.zh}（${unitZh(row.increase.unit)}）\t`
    const en = `${seq}\t${row.name.en}\t${formatQuantity(row.increase.value, row.increase.unit, "en")}`
    out.push(
      block(`indicator-${row.sequence}`, "tableRow", head + row.increase.printed, en, [
        { start: 0, end: seq.length, role: "ordinal" },
        { start: head.length, end: head.length + row.increase.printed.length, role: "indicator" },
      ]),
    )
  }

  chapter(4, plan.tasks.heading, "tasks")
  out.push(block("tasks", "paragraph", plan.tasks.intro.zh, plan.tasks.intro.en))
  for (const task of plan.tasks.items) {
    const section: SectionId = `task-${task.number}`
    out.push(block(section, "taskHeading", `（${chineseNumeral(task.number)}）${task.title.zh}。`, task.title.en))
    for (const p of task.paragraphs) out.push(block(section, "paragraph", p.zh, p.en))
    const column = task.column
    if (column === undefined) continue
    const columnSection: SectionId = `column-${column.number}`
    const n = String(column.number)
    out.push(block(columnSection, "columnHeading", `专栏 ${n} ${column.title.zh}`, column.title.en, prefixed("专栏 ", n)))
    column.projects.forEach((project, p) => {
      const projectSection: SectionId = `column-${column.number}/project-${p + 1}`
      if (project.number === undefined) {
        out.push(block(projectSection, "projectHeading", `项目：${project.title.zh}`, project.title.en))
      } else {
        const pn = String(project.number)
        out.push(block(projectSection, "projectHeading", `项目 ${pn}.${project.title.zh}`, project.title.en, prefixed("项目 ", pn)))
      }
      for (const item of project.items) {
        if (item.number === undefined) {
          out.push(block(projectSection, "paragraph", item.text.zh, item.text.en))
        } else {
          const num = itemNumber(item.number)
          out.push(block(`column-${column.number}/item-${num}`, "paragraph", `${num} ${item.text.zh}`, item.text.en, prefixed("", num)))
        }
      }
    })
  }

  chapter(5, plan.measures.heading, "measures")
  for (const m of plan.measures.items) {
    out.push(
      block(
        `measure-${m.number}`,
        "paragraph",
        `（${chineseNumeral(m.number)}）${m.title.zh}。${m.body.zh}`,
        `${m.title.en}. ${m.body.en}`,
      ),
    )
  }
  out.push(block("colophon", "colophon", metadata.issuer.zh, metadata.issuer.en))
  out.push(block("colophon", "colophon", issueDateZh(metadata.issueDate), `Issued ${metadata.issueDate}`))
  const copies = String(metadata.printRun)
  out.push(block("colophon", "colophon", `印 ${copies} 份`, `${copies} copies printed`))
  return out
}

/**
 * Teacher–student 1:50 calculator: one school or region, or a table of schools, through the
 * library's `teacherRatioFromUnknown` and `schoolsRatioFromUnknown`.
 */
import { type Outcome, runCalculator } from "./core/calculator.ts"
import { decodeField, type FieldSpec } from "./core/fields.ts"
import {
  type Locale,
  planDefaults,
  type SchoolsRatio,
  schoolsRatioFromUnknown,
  type TeacherRatio,
  teacherRatioFromUnknown,
} from "./core/library.ts"
import { rowsFromText } from "./core/rowsState.ts"
import { type ColumnSpec, decodeTable, type RowError } from "./core/table.ts"

const perTeacher = {
  key: "perTeacher",
  label: { zh: "每名受训教职工对应学生数（1:N 中的 N）", en: "Pupils per trained teacher (N in 1:N)" },
  kind: "positiveInt",
  max: 100_000,
} as const

/** Fields of the single-unit form. */
export const teacherFields = [
  { key: "pupils", label: { zh: "中小学学生数", en: "Pupils" }, kind: "count", max: 10_000_000 },
  { key: "staff", label: { zh: "接受救护员培训的教职工数", en: "Staff trained as first-aiders" }, kind: "count", max: 10_000_000 },
  perTeacher,
] as const satisfies ReadonlyArray<FieldSpec>

/** A key of the teacher form. */
export type TeacherKey = (typeof teacherFields)[number]["key"]

/** Columns of the schools table (also the CSV template's header). */
export const schoolColumns = [
  { key: "name", label: { zh: "学校", en: "School" }, kind: "text", aliases: ["学校名称", "name", "school name"] },
  {
    key: "trainedStaff",
    label: { zh: "受训教职工", en: "Trained staff" },
    kind: "count",
    max: 10_000_000,
    aliases: ["staff", "教职工", "受训教职工数"],
  },
  { key: "pupils", label: { zh: "学生数", en: "Pupils" }, kind: "count", max: 10_000_000, aliases: ["学生", "students"] },
] as const satisfies ReadonlyArray<ColumnSpec>

/** Defaults: the plan's 1:50, and the brief's 38,000 pupils as a starting scenario. */
export const teacherDefaults = {
  mode: "single",
  pupils: "38000",
  staff: "700",
  perTeacher: String(planDefaults.pupilsPerTeacher),
  schools: "",
}

/** The single-unit result. */
export const computeTeacher = (raw: Readonly<Record<string, string | undefined>>, locale: Locale): Outcome<TeacherKey, TeacherRatio> =>
  runCalculator(
    teacherFields,
    raw,
    locale,
    (v) => ({ pupils: v.pupils, trainedStaff: v.staff, pupilsPerTeacher: v.perTeacher }),
    teacherRatioFromUnknown,
  )

/** The table result: rows with errors are listed (by row number) and left out; the rest go to the library. */
export interface SchoolsOutcome {
  readonly result: SchoolsRatio | undefined
  readonly rowErrors: ReadonlyArray<RowError>
  readonly perTeacherError: string | undefined
  readonly general: ReadonlyArray<string>
}

/** Decodes the typed table and runs the library's schools formula on the good rows. */
export const computeSchools = (raw: Readonly<Record<string, string | undefined>>, locale: Locale): SchoolsOutcome => {
  const rows = rowsFromText(raw.schools ?? "")
  const table = decodeTable(
    rows.map((cells, index) => ({ line: index + 1, cells })),
    schoolColumns,
    locale,
    "none",
  )
  const per = decodeField(perTeacher, raw.perTeacher, locale)
  if (!per.ok) return { result: undefined, rowErrors: table.errors, perTeacherError: per.message, general: [] }
  if (table.rows.length === 0) return { result: undefined, rowErrors: table.errors, perTeacherError: undefined, general: [] }
  const output = schoolsRatioFromUnknown({ schools: table.rows.map((row) => row.values), pupilsPerTeacher: per.value })
  return output.ok
    ? { result: output.value, rowErrors: table.errors, perTeacherError: undefined, general: [] }
    : { result: undefined, rowErrors: table.errors, perTeacherError: undefined, general: output.issues.map((i) => i.message) }
}

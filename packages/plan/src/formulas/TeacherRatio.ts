/**
 * Teacher–student ratio (师生比例): first-aid-trained primary and secondary school staff
 * against pupils, for one unit and for a list of schools.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { NonBlankString } from "../model/Text.ts"
import { planDefaults } from "./Defaults.ts"
import { Count, ceilDiv, PositiveInt, plainEntry } from "./Inputs.ts"

/**
 * Input of {@link teacherRatio}: trained staff, pupils, and pupils per trained teacher
 * (default 50, from 「师生比例不少于 1:50」).
 *
 * @category models
 * @since 0.1.0
 */
export const TeacherRatioInput = Schema.Struct({
  trainedStaff: Count,
  pupils: Count,
  pupilsPerTeacher: Schema.optionalKey(PositiveInt),
}).annotate({ identifier: "TeacherRatioInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type TeacherRatioInput = typeof TeacherRatioInput.Type

/**
 * Result of {@link teacherRatio}. `pupilsPerTrained` is `undefined` when no staff is
 * trained (the ratio has no finite value); `ratioText` then reads `0 : pupils`.
 *
 * @category models
 * @since 0.1.0
 */
export interface TeacherRatio {
  readonly trainedStaff: number
  readonly pupils: number
  readonly pupilsPerTeacher: number
  readonly required: number
  readonly shortfall: number
  readonly meets: boolean
  readonly pupilsPerTrained: number | undefined
  readonly ratioText: string
}

const oneDecimal = (x: number): string => {
  const rounded = Math.round(x * 10) / 10
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1)
}

/**
 * Trained staff against pupils: required = ⌈pupils ÷ 50⌉, shortfall, whether the ratio
 * meets 1 : 50, and the ratio as “1 : N” (N to one decimal). No pupils needs no teacher.
 *
 * The plan: 「接受救护员培训的中小学教职人员师生比例不少于 1:50」.
 *
 * @example
 * ```ts
 * teacherRatio({ trainedStaff: 700, pupils: 38000 })
 * // => { trainedStaff: 700, pupils: 38000, pupilsPerTeacher: 50, required: 760, shortfall: 60, meets: false, pupilsPerTrained: 54.285714285714285, ratioText: "1 : 54.3" }
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const teacherRatio = (input: TeacherRatioInput): TeacherRatio => {
  const pupilsPerTeacher = input.pupilsPerTeacher ?? planDefaults.pupilsPerTeacher
  const required = ceilDiv(input.pupils, pupilsPerTeacher)
  const shortfall = Math.max(0, required - input.trainedStaff)
  const pupilsPerTrained = input.trainedStaff === 0 ? undefined : input.pupils / input.trainedStaff
  return {
    trainedStaff: input.trainedStaff,
    pupils: input.pupils,
    pupilsPerTeacher,
    required,
    shortfall,
    meets: shortfall === 0,
    pupilsPerTrained,
    ratioText: pupilsPerTrained === undefined ? `0 : ${input.pupils}` : `1 : ${oneDecimal(pupilsPerTrained)}`,
  }
}

/**
 * {@link teacherRatio} for plain callers.
 *
 * @example
 * ```ts
 * teacherRatioFromUnknown({ trainedStaff: 1, pupils: 50 }).ok // => true
 * teacherRatioFromUnknown({ trainedStaff: 1, pupils: 2.5 }).ok // => false
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const teacherRatioFromUnknown = plainEntry(TeacherRatioInput, (input: TeacherRatioInput) => Result.succeed(teacherRatio(input)))

/**
 * One school of {@link SchoolsRatioInput}.
 *
 * @category models
 * @since 0.1.0
 */
export const School = Schema.Struct({ name: NonBlankString, trainedStaff: Count, pupils: Count }).annotate({ identifier: "School" })

/**
 * Input of {@link schoolsRatio}: schools, and pupils per trained teacher (default 50).
 *
 * @category models
 * @since 0.1.0
 */
export const SchoolsRatioInput = Schema.Struct({
  schools: Schema.Array(School),
  pupilsPerTeacher: Schema.optionalKey(PositiveInt),
}).annotate({ identifier: "SchoolsRatioInput" })

/**
 * @category models
 * @since 0.1.0
 */
export type SchoolsRatioInput = typeof SchoolsRatioInput.Type

/**
 * Result of {@link schoolsRatio}: the aggregate, every school, and those that fail. The
 * aggregate can pass while schools fail; `shortfallBySchool` is the sum of the schools'
 * shortfalls, which is what training must close when teachers cannot move between schools.
 *
 * @category models
 * @since 0.1.0
 */
export interface SchoolsRatio {
  readonly aggregate: TeacherRatio
  readonly schools: ReadonlyArray<TeacherRatio & { readonly name: string }>
  readonly failing: ReadonlyArray<string>
  readonly failingCount: number
  readonly shortfallBySchool: number
}

/**
 * The 1 : 50 rule per school and in aggregate.
 *
 * @example
 * ```ts
 * const r = schoolsRatio({ schools: [{ name: "A", trainedStaff: 4, pupils: 100 }, { name: "B", trainedStaff: 0, pupils: 100 }] })
 * r.aggregate.meets // => true
 * r.failing // => ["B"]
 * r.shortfallBySchool // => 2
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const schoolsRatio = (input: SchoolsRatioInput): SchoolsRatio => {
  const options = input.pupilsPerTeacher === undefined ? {} : { pupilsPerTeacher: input.pupilsPerTeacher }
  const schools = input.schools.map((s) => ({
    name: s.name,
    ...teacherRatio({ trainedStaff: s.trainedStaff, pupils: s.pupils, ...options }),
  }))
  const totals = input.schools.reduce((acc, s) => ({ trainedStaff: acc.trainedStaff + s.trainedStaff, pupils: acc.pupils + s.pupils }), {
    trainedStaff: 0,
    pupils: 0,
  })
  const failing = schools.filter((s) => !s.meets).map((s) => s.name)
  return {
    aggregate: teacherRatio({ ...totals, ...options }),
    schools,
    failing,
    failingCount: failing.length,
    shortfallBySchool: schools.reduce((acc, s) => acc + s.shortfall, 0),
  }
}

/**
 * {@link schoolsRatio} for plain callers.
 *
 * @example
 * ```ts
 * schoolsRatioFromUnknown({ schools: [{ name: "", trainedStaff: 1, pupils: 1 }] }).ok // => false
 * ```
 *
 * @category formulas
 * @since 0.1.0
 */
export const schoolsRatioFromUnknown = plainEntry(SchoolsRatioInput, (input: SchoolsRatioInput) => Result.succeed(schoolsRatio(input)))

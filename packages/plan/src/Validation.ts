/**
 * Plain synchronous decoding for callers that do not use Effect: a result object with
 * readable, path-named issues instead of exceptions.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"

/**
 * One problem with an input: where (`path`, and as text `indicatorTable.rows[3].sequence`)
 * and which rule it breaks.
 *
 * @category models
 * @since 0.1.0
 */
export interface ValidationIssue {
  readonly path: ReadonlyArray<PropertyKey>
  readonly at: string
  readonly message: string
}

/**
 * The outcome of a plain decoder: the decoded value, or every issue found.
 *
 * @category models
 * @since 0.1.0
 */
export type Decoded<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly issues: ReadonlyArray<ValidationIssue> }

/**
 * A path as text: `rows[3].increase.value`.
 *
 * @example
 * ```ts
 * formatPath(["rows", 3, "increase"]) // => "rows[3].increase"
 * ```
 *
 * @category formatting
 * @since 0.1.0
 */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string =>
  path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc === "" ? String(key) : `${acc}.${String(key)}`), "")

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * Every issue of a schema failure, flattened, with its path.
 *
 * @category formatting
 * @since 0.1.0
 */
export const issuesOf = (error: Schema.SchemaError): ReadonlyArray<ValidationIssue> =>
  formatter(error.issue).issues.map((issue) => {
    const path = (issue.path ?? []).map((segment) => (typeof segment === "object" && segment !== null ? segment.key : segment))
    return { path, at: formatPath(path), message: issue.message }
  })

/**
 * Makes a plain decoder from a schema: it never throws, and reports every issue.
 *
 * @example
 * ```ts
 * import * as Schema from "effect/Schema"
 * const decodeYear = makeDecoder(Schema.Struct({ year: Schema.Int }))
 * decodeYear({ year: 2.5 })
 * // => { ok: false, issues: [{ path: ["year"], at: "year", message: "Expected an integer" }] }
 * ```
 *
 * @category constructors
 * @since 0.1.0
 */
export const makeDecoder = <S extends Schema.ConstraintDecoder<unknown>>(schema: S) => {
  const decode = Schema.decodeUnknownResult(schema)
  return (input: unknown): Decoded<S["Type"]> => {
    const result = decode(input, { errors: "all" })
    return Result.isSuccess(result) ? { ok: true, value: result.success } : { ok: false, issues: issuesOf(result.failure) }
  }
}

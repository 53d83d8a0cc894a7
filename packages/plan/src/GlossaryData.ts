/**
 * The translation glossary, decoded, with accessors.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { glossaryData } from "./data/glossary.ts"
import { Glossary, type GlossaryEntry } from "./model/Glossary.ts"

/**
 * The glossary of the English translation: brands, programmes, organisations, laws,
 * key terms, places and units, each with the English used for it everywhere.
 *
 * @example
 * ```ts
 * glossary.length > 40 // => true
 * ```
 *
 * @category data
 * @since 0.1.0
 */
export const glossary: Glossary = Schema.decodeUnknownSync(Glossary)(glossaryData)

const byZh: ReadonlyMap<string, GlossaryEntry> = new Map(glossary.map((e) => [e.zh, e]))

/**
 * The glossary entry for a Chinese term, if the glossary has one.
 *
 * @example
 * ```ts
 * getGlossaryEntry("红十字天使计划")?.en // => "Red Cross Angel Programme"
 * getGlossaryEntry("不存在") // => undefined
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const getGlossaryEntry = (zh: string): GlossaryEntry | undefined => byZh.get(zh)

const longestFirst = [...glossary].sort((a, b) => b.zh.length - a.zh.length)

/**
 * The glossary terms a Chinese text uses, in text order, matching the longest term at
 * each position (博爱·未来—红十字救在身边 is one term, not three). Each term is listed
 * once.
 *
 * @example
 * ```ts
 * glossaryTermsIn("结合“博爱家园”等项目实施").map((e) => e.en) // => ["Fraternity Homes"]
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const glossaryTermsIn = (zh: string): ReadonlyArray<GlossaryEntry> => {
  const found: Array<GlossaryEntry> = []
  let i = 0
  while (i < zh.length) {
    const entry = longestFirst.find((e) => zh.startsWith(e.zh, i))
    if (entry === undefined) {
      i += 1
      continue
    }
    if (!found.includes(entry)) found.push(entry)
    i += entry.zh.length
  }
  return found
}

/**
 * Ningxia's regions, decoded, with population look-ups.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { regionsData } from "./data/regions.ts"
import type { City, County, PopulationFigure } from "./model/Region.ts"
import { RegionsData } from "./model/Region.ts"

export type { CityCode, CountyCode } from "./data/regions.ts"

/**
 * The region, its 5 prefecture-level cities and their 22 county-level units.
 *
 * @example
 * ```ts
 * regions.cities.length // => 5
 * ```
 *
 * @category data
 * @since 0.1.0
 */
export const regions: RegionsData = Schema.decodeUnknownSync(RegionsData)(regionsData)

/**
 * The 5 prefecture-level cities (地级市).
 *
 * @category data
 * @since 0.1.0
 */
export const cities: ReadonlyArray<City> = regions.cities

/**
 * The 22 county-level units (县级行政区), each with the code of its city.
 *
 * @category data
 * @since 0.1.0
 */
export const counties: ReadonlyArray<County & { readonly cityCode: City["code"] }> = cities.flatMap((city) =>
  city.counties.map((county) => ({ ...county, cityCode: city.code })),
)

const census = (figures: ReadonlyArray<PopulationFigure>): number => {
  const found = figures.find((f) => f.kind === "census")
  if (found === undefined) throw new RangeError("no census figure")
  return found.value
}

/**
 * The 2020 census resident population of the region (7,202,654).
 *
 * @category data
 * @since 0.1.0
 */
export const regionCensusPopulation: number = census(regions.region.population)

/**
 * The census resident population of a prefecture-level city, by code.
 *
 * @example
 * ```ts
 * cityCensusPopulation("640100") // => 2859074
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const cityCensusPopulation = (code: string): number | undefined => {
  const city = cities.find((c) => c.code === code)
  return city === undefined ? undefined : census(city.population)
}

/**
 * The region's resident population for a year: the year-end figure where the
 * statistical bulletins give one, else the census. Returns the figure with its source.
 *
 * @example
 * ```ts
 * regionPopulation(2022).value // => 7280000
 * regionPopulation(2020).kind // => "census"
 * ```
 *
 * @category accessors
 * @since 0.1.0
 */
export const regionPopulation = (year: number): PopulationFigure => {
  const figures = regions.region.population
  const exact = figures.find((f) => f.year === year && f.kind === "yearEnd")
  if (exact !== undefined) return exact
  const fallback = figures.find((f) => f.kind === "census")
  if (fallback === undefined) throw new RangeError("no census figure")
  return fallback
}

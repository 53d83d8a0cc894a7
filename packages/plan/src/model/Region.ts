/**
 * Ningxia's administrative units: the region (自治区), its 5 prefecture-level cities
 * (地级市) and 22 county-level units (县级行政区), with their populations and sources.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Text } from "./Text.ts"

/**
 * A national administrative division code (GB/T 2260), six digits.
 *
 * @category models
 * @since 0.1.0
 */
export const RegionCode = Schema.String.check(
  Schema.isPattern(/^64\d{4}$/, { message: "must be a six-digit Ningxia division code such as 640100" }),
).pipe(Schema.brand("RegionCode"))

/**
 * @category models
 * @since 0.1.0
 */
export type RegionCode = typeof RegionCode.Type

/**
 * A resident-population figure with its source: the 2020 census, or a year-end
 * estimate from a statistical bulletin (printed in 万, e.g. 725.0 万).
 *
 * @category models
 * @since 0.1.0
 */
export const PopulationFigure = Schema.Struct({
  year: Schema.Int,
  kind: Schema.Literals(["census", "yearEnd"]),
  printed: Schema.optionalKey(Schema.String),
  value: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  source: Text,
}).annotate({ identifier: "PopulationFigure" })

/**
 * @category models
 * @since 0.1.0
 */
export type PopulationFigure = typeof PopulationFigure.Type

/**
 * A county-level unit (区, 县, 县级市).
 *
 * @category models
 * @since 0.1.0
 */
export const County = Schema.Struct({ code: RegionCode, name: Text }).annotate({ identifier: "County" })

/**
 * @category models
 * @since 0.1.0
 */
export type County = typeof County.Type

/**
 * A prefecture-level city with its census population and county-level units.
 *
 * @category models
 * @since 0.1.0
 */
export const City = Schema.Struct({
  code: RegionCode,
  name: Text,
  population: Schema.NonEmptyArray(PopulationFigure),
  counties: Schema.NonEmptyArray(County),
}).annotate({ identifier: "City" })

/**
 * @category models
 * @since 0.1.0
 */
export type City = typeof City.Type

/**
 * The region and its cities. Decoding checks that the cities' census populations sum
 * to the region's.
 *
 * @category models
 * @since 0.1.0
 */
export const RegionsData = Schema.Struct({
  region: Schema.Struct({ code: RegionCode, name: Text, population: Schema.NonEmptyArray(PopulationFigure) }),
  cities: Schema.NonEmptyArray(City),
})
  .check(
    Schema.makeFilter((data) => {
      const census = (figures: ReadonlyArray<PopulationFigure>) => figures.find((f) => f.kind === "census")?.value
      const total = census(data.region.population)
      const sum = data.cities.reduce((acc, city) => acc + (census(city.population) ?? 0), 0)
      return total === sum ? undefined : { path: ["cities"], issue: `city census populations sum to ${sum}, not ${String(total)}` }
    }),
  )
  .annotate({ identifier: "RegionsData" })

/**
 * @category models
 * @since 0.1.0
 */
export type RegionsData = typeof RegionsData.Type

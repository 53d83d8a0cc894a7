/**
 * Ningxia's prefecture-level cities and county-level units, with national administrative
 * division codes (GB/T 2260) and 7th-census (2020-11-01) resident population.
 */
import type { RegionsData } from "../model/Region.ts"

const census = {
  zh: "第七次全国人口普查（2020年11月1日零时）常住人口，宁夏回族自治区统计局公报",
  en: "7th national population census (as of 2020-11-01), resident population, Ningxia statistics bureau communiqué",
} as const

export const regionsData = {
  region: {
    code: "640000",
    name: { zh: "宁夏回族自治区", en: "Ningxia Hui Autonomous Region" },
    population: [
      { year: 2020, kind: "census", value: 7_202_654, source: census },
      {
        year: 2021,
        kind: "yearEnd",
        printed: "725.0",
        value: 7_250_000,
        source: {
          zh: "宁夏回族自治区2021年国民经济和社会发展统计公报",
          en: "Ningxia statistical bulletin on national economic and social development, 2021",
        },
      },
      {
        year: 2022,
        kind: "yearEnd",
        printed: "728",
        value: 7_280_000,
        source: {
          zh: "宁夏回族自治区2022年国民经济和社会发展统计公报",
          en: "Ningxia statistical bulletin on national economic and social development, 2022",
        },
      },
      {
        year: 2023,
        kind: "yearEnd",
        printed: "729",
        value: 7_290_000,
        source: {
          zh: "宁夏回族自治区2023年国民经济和社会发展统计公报",
          en: "Ningxia statistical bulletin on national economic and social development, 2023",
        },
      },
    ],
  },
  cities: [
    {
      code: "640100",
      name: { zh: "银川市", en: "Yinchuan" },
      population: [{ year: 2020, kind: "census", value: 2_859_074, source: census }],
      counties: [
        { code: "640104", name: { zh: "兴庆区", en: "Xingqing District" } },
        { code: "640105", name: { zh: "西夏区", en: "Xixia District" } },
        { code: "640106", name: { zh: "金凤区", en: "Jinfeng District" } },
        { code: "640121", name: { zh: "永宁县", en: "Yongning County" } },
        { code: "640122", name: { zh: "贺兰县", en: "Helan County" } },
        { code: "640181", name: { zh: "灵武市", en: "Lingwu (county-level city)" } },
      ],
    },
    {
      code: "640200",
      name: { zh: "石嘴山市", en: "Shizuishan" },
      population: [{ year: 2020, kind: "census", value: 751_389, source: census }],
      counties: [
        { code: "640202", name: { zh: "大武口区", en: "Dawukou District" } },
        { code: "640205", name: { zh: "惠农区", en: "Huinong District" } },
        { code: "640221", name: { zh: "平罗县", en: "Pingluo County" } },
      ],
    },
    {
      code: "640300",
      name: { zh: "吴忠市", en: "Wuzhong" },
      population: [{ year: 2020, kind: "census", value: 1_382_713, source: census }],
      counties: [
        { code: "640302", name: { zh: "利通区", en: "Litong District" } },
        { code: "640303", name: { zh: "红寺堡区", en: "Hongsibu District" } },
        { code: "640323", name: { zh: "盐池县", en: "Yanchi County" } },
        { code: "640324", name: { zh: "同心县", en: "Tongxin County" } },
        { code: "640381", name: { zh: "青铜峡市", en: "Qingtongxia (county-level city)" } },
      ],
    },
    {
      code: "640400",
      name: { zh: "固原市", en: "Guyuan" },
      population: [{ year: 2020, kind: "census", value: 1_142_142, source: census }],
      counties: [
        { code: "640402", name: { zh: "原州区", en: "Yuanzhou District" } },
        { code: "640422", name: { zh: "西吉县", en: "Xiji County" } },
        { code: "640423", name: { zh: "隆德县", en: "Longde County" } },
        { code: "640424", name: { zh: "泾源县", en: "Jingyuan County" } },
        { code: "640425", name: { zh: "彭阳县", en: "Pengyang County" } },
      ],
    },
    {
      code: "640500",
      name: { zh: "中卫市", en: "Zhongwei" },
      population: [{ year: 2020, kind: "census", value: 1_067_336, source: census }],
      counties: [
        { code: "640502", name: { zh: "沙坡头区", en: "Shapotou District" } },
        { code: "640521", name: { zh: "中宁县", en: "Zhongning County" } },
        { code: "640522", name: { zh: "海原县", en: "Haiyuan County" } },
      ],
    },
  ],
} as const satisfies typeof RegionsData.Encoded

/**
 * A prefecture-level city's division code, derived from the data.
 *
 * @useDeclaredType
 */
export type CityCode = (typeof regionsData.cities)[number]["code"]
/**
 * A county-level unit's division code, derived from the data.
 *
 * @useDeclaredType
 */
export type CountyCode = (typeof regionsData.cities)[number]["counties"][number]["code"]

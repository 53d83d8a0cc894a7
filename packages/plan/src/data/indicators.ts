/**
 * The main-indicator table, row by row, as printed: “十四五”时期全区红十字事业发展主要指标.
 */
import type { IndicatorTable } from "../model/Plan.ts"

export const indicatorTable = {
  title: {
    zh: "“十四五”时期全区红十字事业发展主要指标",
    en: "Main indicators of the region's Red Cross development in the 14th Five-Year Plan period",
  },
  columns: [
    { zh: "序号", en: "No." },
    { zh: "主要项目和指标", en: "Main item and indicator" },
    { zh: "“十四五”增加值", en: "Increase over the 14th Five-Year Plan period" },
  ],
  rows: [
    {
      id: "first-aid-demonstration-bases",
      sequence: 1,
      subject: "first-aid-demonstration-bases",
      name: { zh: "应急救护培训示范基地", en: "First-aid training demonstration bases" },
      increase: { printed: "2", unit: { base: "unit", scale: 1 }, value: 2 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "first-aid-stations",
      sequence: 2,
      subject: "first-aid-stations",
      name: { zh: "红十字应急救护点", en: "Red Cross first-aid stations" },
      increase: { printed: "45", unit: { base: "unit", scale: 1 }, value: 45 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "first-aid-knowledge-reach",
      sequence: 3,
      subject: "first-aid-knowledge-reach",
      name: { zh: "应急救护知识普及人数", en: "People reached with first-aid knowledge" },
      increase: { printed: "30", unit: { base: "personTime", scale: 10_000 }, value: 300_000 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "certificate-holders",
      sequence: 4,
      subject: "certificate-holders",
      name: { zh: "取得应急救护培训证书人数", en: "People holding a first-aid training certificate" },
      increase: { printed: "8", unit: { base: "person", scale: 10_000 }, value: 80_000 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "public-aeds",
      sequence: 5,
      subject: "public-aeds",
      name: { zh: "公共场所配备 AED", en: "AEDs installed in public places" },
      increase: { printed: "50", unit: { base: "device", scale: 1 }, value: 50 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "funds-raised",
      sequence: 6,
      subject: "funds-raised",
      name: { zh: "募集款物", en: "Funds and goods raised" },
      increase: { printed: "750", unit: { base: "yuan", scale: 10_000 }, value: 7_500_000 },
      kind: "annualFlow",
      comparison: "reach",
    },
    {
      id: "community-disaster-reduction-projects",
      sequence: 7,
      subject: "community-disaster-reduction-projects",
      name: {
        zh: "博爱家园--社区（学校）为本减灾项目",
        en: "Fraternity Homes (博爱家园) community- and school-based disaster-reduction projects",
      },
      increase: { printed: "5", unit: { base: "unit", scale: 1 }, value: 5 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "humanitarian-relief-beneficiaries",
      sequence: 8,
      subject: "humanitarian-relief-beneficiaries",
      name: { zh: "人道救助受益人", en: "Beneficiaries of humanitarian assistance" },
      increase: { printed: "13", unit: { base: "personTime", scale: 10_000 }, value: 130_000 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "stem-cell-registry",
      sequence: 9,
      subject: "stem-cell-registry",
      name: { zh: "造血干细胞捐献者资料库库容", en: "Capacity of the haematopoietic stem-cell donor registry" },
      increase: { printed: "0.8", unit: { base: "donorRecord", scale: 10_000 }, value: 8_000 },
      kind: "stock",
      comparison: "reach",
    },
    {
      id: "body-organ-donation-registrations",
      sequence: 10,
      subject: "body-organ-donation-registrations",
      name: { zh: "遗体和人体器官捐献登记人数", en: "People registered for body and organ donation" },
      increase: { printed: "2", unit: { base: "person", scale: 10_000 }, value: 20_000 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "volunteer-service-teams",
      sequence: 11,
      subject: "volunteer-service-teams",
      name: { zh: "红十字志愿服务队", en: "Red Cross volunteer service teams" },
      increase: { printed: "13", unit: { base: "team", scale: 1 }, value: 13 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "grassroots-organisations",
      sequence: 12,
      subject: "grassroots-organisations",
      name: { zh: "基层组织", en: "Grassroots organisations" },
      increase: { printed: "500", unit: { base: "unit", scale: 1 }, value: 500 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "members",
      sequence: 13,
      subject: "members",
      name: { zh: "红十字会员", en: "Red Cross members" },
      increase: { printed: "3", unit: { base: "person", scale: 10_000 }, value: 30_000 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "registered-volunteers",
      sequence: 14,
      subject: "registered-volunteers",
      name: { zh: "注册志愿者", en: "Registered volunteers" },
      increase: { printed: "0.36", unit: { base: "person", scale: 10_000 }, value: 3_600 },
      kind: "increment",
      comparison: "reach",
    },
    {
      id: "cadre-trainings",
      sequence: 15,
      subject: "cadre-trainings",
      name: { zh: "培训红十字系统干部", en: "Training of Red Cross cadres" },
      increase: { printed: "300", unit: { base: "personTime", scale: 1 }, value: 300 },
      kind: "increment",
      comparison: "reach",
    },
  ],
} as const satisfies typeof IndicatorTable.Encoded

/**
 * The id of a main indicator, derived from the table.
 *
 * @useDeclaredType
 */
export type IndicatorId = (typeof indicatorTable.rows)[number]["id"]

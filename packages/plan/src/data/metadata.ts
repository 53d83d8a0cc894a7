/**
 * Title, issuer, date, period, and every document the plan cites.
 */
import type { Metadata } from "../model/Metadata.ts"
import { planPeriod } from "./figures.ts"

export const metadata = {
  title: {
    zh: "宁夏回族自治区红十字事业发展“十四五”规划（2021-2025年）",
    en: "Ningxia Hui Autonomous Region Red Cross 14th Five-Year Development Plan (2021–2025)",
  },
  shortTitle: { zh: "宁夏红十字“十四五”规划", en: "Ningxia Red Cross 14th Five-Year Plan" },
  issuer: {
    zh: "宁夏回族自治区红十字会办公室",
    en: "Office of the Red Cross Society of the Ningxia Hui Autonomous Region",
  },
  issueDate: "2021-03-24",
  period: planPeriod,
  printRun: 29,
  basis: [
    {
      title: { zh: "中华人民共和国红十字会法", en: "Red Cross Society Law of the People's Republic of China" },
      kind: "law",
      cited: { section: "preamble", quote: "《中华人民共和国红十字会法》" },
    },
    {
      title: {
        zh: "中国红十字事业发展“十四五”规划（2021-2025年）",
        en: "Red Cross Society of China 14th Five-Year Development Plan (2021–2025)",
      },
      kind: "plan",
      cited: { section: "preamble", quote: "《中国红十字事业发展“十四五”规划（2021-2025年）》" },
    },
    {
      title: {
        zh: "自治区国民经济和社会发展的第十四个五年规划和二〇三五年远景目标纲要",
        en: "Outline of the Region's 14th Five-Year Plan for Economic and Social Development and Long-Range Objectives through 2035",
      },
      kind: "plan",
      cited: { section: "preamble", quote: "《自治区国民经济和社会发展的第十四个五年规划和二〇三五年远景目标纲要》" },
    },
    {
      title: {
        zh: "宁夏回族自治区红十字事业发展规划（2021-2025年）",
        en: "Ningxia Hui Autonomous Region Red Cross Development Plan (2021–2025)",
      },
      kind: "plan",
      cited: { section: "preamble", quote: "《宁夏回族自治区红十字事业发展规划（2021-2025年）》" },
    },
  ],
  citedDocuments: [
    {
      title: {
        zh: "自治区应急管理厅自治区红十字会关于建立防灾减灾救灾联动机制的通知",
        en: "Notice of the Regional Emergency Management Department and the Regional Red Cross on a joint mechanism for disaster prevention, reduction and relief",
      },
      kind: "notice",
      documentNumber: "宁应急〔2019〕88号",
      cited: { section: "task-1", quote: "（宁应急〔2019〕88号）" },
    },
    {
      title: { zh: "宁夏红十字会自然灾害应急预案", en: "Ningxia Red Cross Natural Disaster Contingency Plan" },
      kind: "contingencyPlan",
      cited: { section: "column-1/item-01", quote: "修订《宁夏红十字会自然灾害应急预案》" },
    },
    {
      title: {
        zh: "宁夏红十字会参与应对突发公共卫生事件应急预案",
        en: "Ningxia Red Cross Contingency Plan for Public Health Emergencies",
      },
      kind: "contingencyPlan",
      cited: { section: "column-1/item-01", quote: "实施《宁夏红十字会参与应对突发公共卫生事件应急预案》" },
    },
    {
      title: {
        zh: "自治区红十字会自治区教育厅关于深入开展红十字应急救护培训活动的通知",
        en: "Notice of the Regional Red Cross and the Regional Education Department on Red Cross first-aid training",
      },
      kind: "notice",
      documentNumber: "宁红会字〔2019〕45号",
      cited: { section: "task-2", quote: "（宁红会字〔2019〕45号）" },
    },
    {
      title: {
        zh: "自治区红十字会自治区直属机关精神文明建设指导委员会办公室关于在区直机关普及红十字应急救护知识技能的通知",
        en: "Notice on first-aid knowledge and skills in regional government bodies",
      },
      kind: "notice",
      documentNumber: "宁红会字〔2019〕63号",
      cited: { section: "task-2", quote: "（宁红会字〔2019〕63号）" },
    },
    {
      title: {
        zh: "自治区红十字会关于进一步推进红十字应急救护培训工作的指导意见",
        en: "Guiding Opinions of the Regional Red Cross on further advancing first-aid training",
      },
      kind: "notice",
      documentNumber: "宁红会字〔2021〕4号",
      cited: { section: "task-2", quote: "（宁红会字〔2021〕4号）" },
    },
    {
      title: { zh: "关于进一步加强红十字会基层组织建设的意见", en: "Opinions on further strengthening Red Cross grassroots organisations" },
      kind: "notice",
      documentNumber: "宁红会字〔2020〕137号",
      cited: { section: "task-5", quote: "（宁红会字〔2020〕137号）" },
    },
    {
      title: { zh: "人体器官捐献登记管理办法", en: "Measures for the Registration of Human Organ Donation" },
      kind: "regulation",
      cited: { section: "column-3/item-05", quote: "落实《人体器官捐献登记管理办法》" },
    },
    {
      title: { zh: "人体器官捐献协调员管理办法", en: "Measures for the Management of Human Organ Donation Coordinators" },
      kind: "regulation",
      cited: { section: "column-3/item-06", quote: "落实《人体器官捐献协调员管理办法》" },
    },
    {
      title: {
        zh: "自治区红十字会关于规范和做好换届选举等有关工作的通知",
        en: "Notice of the Regional Red Cross on general elections and related work",
      },
      kind: "notice",
      documentNumber: "宁红会字〔2020〕136号",
      cited: { section: "task-8", quote: "（宁红会字〔2020〕136号）" },
    },
    {
      title: { zh: "红十字标志使用办法", en: "Measures for the Use of the Red Cross Emblem" },
      kind: "regulation",
      cited: { section: "column-8/item-01", quote: "《红十字标志使用办法》" },
    },
    {
      title: {
        zh: "宁夏回族自治区红十字会条例（拟出台）",
        en: "Ningxia Red Cross Society Regulations (to be adopted)",
      },
      kind: "regulation",
      cited: { section: "column-8/item-02", quote: "出台《宁夏回族自治区红十字会条例》" },
    },
    {
      title: { zh: "红十字会法实施办法（拟出台）", en: "Measures for Implementing the Red Cross Society Law (to be adopted)" },
      kind: "regulation",
      cited: { section: "column-8/item-02", quote: "《红十字会法实施办法》" },
    },
  ],
} as const satisfies typeof Metadata.Encoded

/**
 * The calculators' interface words in both languages (the plan's own words and figures come
 * from the library, not from here).
 */
import type { Locale } from "./library.ts"

const strings = {
  result: { zh: "结果", en: "Result" },
  inputs: { zh: "输入", en: "Inputs" },
  fixErrors: { zh: "请先更正标出的输入。", en: "Please correct the marked inputs first." },
  copyLink: { zh: "复制本情景的链接", en: "Copy a link to this scenario" },
  linkCopied: { zh: "链接已复制。", en: "Link copied." },
  linkHint: { zh: "页面地址已包含全部输入，可直接分享或收藏。", en: "The page address holds every input: share or bookmark it." },
  reset: { zh: "恢复默认值", en: "Reset to defaults" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  met: { zh: "已达标", en: "met" },
  notMet: { zh: "未达标", en: "not met" },
  pasteLabel: { zh: "粘贴表格（CSV 或从电子表格复制）", en: "Paste a table (CSV, or copied from a spreadsheet)" },
  pasteApply: { zh: "读取粘贴的内容", en: "Read the pasted table" },
  fileLabel: { zh: "打开 CSV 或 .xlsx 文件", en: "Open a CSV or .xlsx file" },
  template: { zh: "下载 CSV 模板", en: "Download the CSV template" },
  downloadCsv: { zh: "下载结果 CSV", en: "Download the result as CSV" },
  print: { zh: "打印", en: "Print" },
  rowsRead: { zh: "已读取 {n} 行。", en: "{n} rows read." },
  rowsRejected: { zh: "以下 {n} 行未读取：", en: "{n} rows were not read:" },
  line: { zh: "第 {n} 行", en: "line {n}" },
  addRow: { zh: "添加一行", en: "Add a row" },
  removeRow: { zh: "删除此行", en: "Remove this row" },
  clearRows: { zh: "清空表格", en: "Clear the table" },
  reading: { zh: "正在读取文件…", en: "Reading the file…" },
} as const

/** A key of the interface strings. */
export type UiKey = keyof typeof strings

/** An interface string in the page's language, with `{name}` placeholders filled. */
export const ui = (locale: Locale, key: UiKey, values: Readonly<Record<string, string | number>> = {}): string =>
  strings[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    return value === undefined ? whole : String(value)
  })

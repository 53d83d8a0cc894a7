import { describe, expect, it } from "vitest"
import { decodeField, decodeForm, type FieldSpec, normalizeNumber } from "../../.vitepress/theme/calculators/core/fields.ts"

const pupils: FieldSpec = { key: "pupils", label: { zh: "学生数", en: "Pupils" }, kind: "count", max: 10_000_000 }
const share: FieldSpec = { key: "share", label: { zh: "最低比例", en: "Minimum share" }, kind: "percent" }
const amount: FieldSpec = { key: "amount", label: { zh: "金额", en: "Amount" }, kind: "amount" }
const year: FieldSpec = { key: "year", label: { zh: "目标年份", en: "Target year" }, kind: "year" }
const optional: FieldSpec = { ...pupils, optional: true }

const messageOf = (spec: FieldSpec, raw: string, locale: "zh" | "en") => {
  const r = decodeField(spec, raw, locale)
  return r.ok ? undefined : r.message
}

describe("normalizeNumber", () => {
  it("reads what spreadsheets paste", () => {
    expect(normalizeNumber("1,234,567", "count")).toBe(1234567)
    expect(normalizeNumber(" １２３ ", "count")).toBe(123)
    expect(normalizeNumber("2%", "percent")).toBe(2)
    expect(normalizeNumber("1e3", "count")).toBe(1000)
  })
  it("leaves text that is not a number as text, for the schema to name the rule", () => {
    expect(normalizeNumber("abc", "count")).toBe("abc")
    expect(normalizeNumber("12abc", "count")).toBe("12abc")
    expect(normalizeNumber("2%", "count")).toBe("2%")
  })
})

describe("decodeField", () => {
  it("decodes a valid value", () => {
    expect(decodeField(pupils, "38000", "en")).toEqual({ ok: true, value: 38000 })
    expect(decodeField(share, "2", "en")).toEqual({ ok: true, value: 2 })
    expect(decodeField(amount, "1500000.50", "en")).toEqual({ ok: true, value: 1500000.5 })
  })
  it("names the field and the rule, in each language", () => {
    expect(messageOf(pupils, "", "en")).toBe("Pupils: is required")
    expect(messageOf(pupils, "", "zh")).toBe("学生数：不能为空")
    expect(messageOf(pupils, "-5", "en")).toBe("Pupils: must not be negative")
    expect(messageOf(pupils, "-5", "zh")).toBe("学生数：不能为负数")
    expect(messageOf(pupils, "2.5", "en")).toBe("Pupils: must be a whole number")
    expect(messageOf(pupils, "2.5", "zh")).toBe("学生数：必须是整数")
    expect(messageOf(pupils, "abc", "en")).toMatch(/^Pupils: must be a number/)
    expect(messageOf(pupils, "abc", "zh")).toMatch(/^学生数：必须是数字/)
    expect(messageOf(pupils, "1e400", "en")).toMatch(/^Pupils: must be a finite number/)
    expect(messageOf(pupils, "20000000", "en")).toMatch(/^Pupils: must be at most 10,000,000/)
    expect(messageOf(pupils, "20000000", "zh")).toMatch(/^学生数：不能大于/)
    expect(messageOf(share, "150", "en")).toBe("Minimum share: a share cannot exceed 100 %")
    expect(messageOf(share, "150%", "zh")).toBe("最低比例：比例不能超过 100%")
    expect(messageOf(share, "0", "en")).toBe("Minimum share: must be more than 0 %")
    expect(messageOf(year, "1999", "en")).toMatch(/^Target year: must be a year from 2000 to 2100/)
    expect(messageOf(year, "2025.5", "zh")).toMatch(/^目标年份：必须是整年/)
  })
  it("lets an optional field stay empty", () => {
    expect(decodeField(optional, "  ", "en")).toEqual({ ok: true, value: undefined })
    expect(decodeField(optional, "-1", "en").ok).toBe(false)
  })
  it("never yields NaN or Infinity as a value", () => {
    for (const raw of ["NaN", "Infinity", "-Infinity", "1e999", "0x10", "١٢", "--1", "1..2", "1,2.3.4"]) {
      const r = decodeField(amount, raw, "en")
      if (r.ok) expect(Number.isFinite(r.value)).toBe(true)
      else expect(r.message).toMatch(/^Amount: /)
    }
  })
})

describe("decodeForm", () => {
  it("collects a message per bad field and the values of the good ones", () => {
    const form = decodeForm([pupils, share], { pupils: "-1", share: "2" }, "en")
    expect(form.ok).toBe(false)
    expect(form.errors).toEqual({ pupils: "Pupils: must not be negative" })
    expect(form.values).toEqual({ share: 2 })
  })
})

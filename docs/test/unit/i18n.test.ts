import { describe, expect, it } from "vitest"
import { en, messages, t, zh } from "../../.vitepress/i18n.ts"

const placeholders = (s: string): ReadonlyArray<string> => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort()

describe("UI strings", () => {
  it("exist in both locales with the same keys", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
  })

  it.each(Object.keys(zh))("%s is written in both locales, with the same placeholders", (key) => {
    const zhText: unknown = Reflect.get(zh, key)
    const enText: unknown = Reflect.get(en, key)
    expect(typeof zhText === "string" && zhText.trim() !== "").toBe(true)
    expect(typeof enText === "string" && enText.trim() !== "").toBe(true)
    expect(placeholders(String(enText))).toEqual(placeholders(String(zhText)))
  })

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("en", "timingBy", { year: 2025 })).toBe("By 2025")
    expect(t("zh", "timingBy")).toBe(messages.zh.timingBy)
  })
})

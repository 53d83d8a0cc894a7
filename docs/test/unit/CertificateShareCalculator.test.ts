import { mount } from "@vue/test-utils"
import { beforeEach, describe, expect, it } from "vitest"
import { nextTick } from "vue"
import { certificateShareFromUnknown } from "../../../packages/plan/src/formulas/CertificateShare.ts"
import { planDefaults } from "../../../packages/plan/src/formulas/Defaults.ts"
import CertificateShareCalculator from "../../.vitepress/theme/calculators/CertificateShareCalculator.vue"

const formatted = (n: number) => new Intl.NumberFormat("en", { maximumFractionDigits: 2 }).format(n)

beforeEach(() => window.history.replaceState(null, "", "/en/calculators/certificate-share"))

const setField = async (wrapper: ReturnType<typeof mount>, key: string, value: string) => {
  await wrapper.get(`#cert-${key}`).setValue(value)
  await nextTick()
}

describe("CertificateShareCalculator", () => {
  it("shows the library's result for a scenario", async () => {
    const wrapper = mount(CertificateShareCalculator, { props: { locale: "en" } })
    await nextTick()
    await setField(wrapper, "holders", "100000")
    await setField(wrapper, "baseline", "60000")
    const expected = certificateShareFromUnknown({
      holders: 100000,
      population: planDefaults.population,
      baselineHolders: 60000,
      increaseTarget: planDefaults.certificateIncrease,
    })
    expect(expected.ok).toBe(true)
    if (!expected.ok) return
    expect(wrapper.get('[data-value="requiredHolders"]').text()).toBe(formatted(expected.value.requiredHolders))
    expect(wrapper.get('[data-value="shortfall"]').text()).toBe(formatted(expected.value.shortfall))
    expect(wrapper.get('[data-value="increaseRemaining"]').text()).toBe(formatted(expected.value.increase?.remaining ?? Number.NaN))
  })

  it.each([
    ["population", "", "Resident population: is required"],
    ["population", "-1", "Resident population: must not be negative"],
    ["population", "abc", "Resident population: must be a number"],
    ["population", "0", "population is 0"],
    ["holders", "2.5", "Certificate holders (valid certificates): must be a whole number"],
    ["holders", "9".repeat(20), "must be at most"],
    ["share", "101", "Minimum share: a share cannot exceed 100 %"],
    ["share", "x", "Minimum share: must be a number"],
    ["baseline", "-3", "Holders at end-2020 (optional): must not be negative"],
  ])("rejects %s = %j with a message beside the field and no NaN", async (key, value, message) => {
    const wrapper = mount(CertificateShareCalculator, { props: { locale: "en" } })
    await nextTick()
    await setField(wrapper, key, value)
    expect(wrapper.get(`#cert-${key}-error`).text()).toContain(message)
    expect(wrapper.get(`#cert-${key}`).attributes("aria-invalid")).toBe("true")
    expect(wrapper.find("[data-result]").exists()).toBe(false)
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })

  it("speaks Chinese on the Chinese page", async () => {
    const wrapper = mount(CertificateShareCalculator, { props: { locale: "zh" } })
    await nextTick()
    await setField(wrapper, "holders", "-1")
    expect(wrapper.get("#cert-holders-error").text()).toBe("持证人数（有效证书）：不能为负数")
  })

  it("restores its state from the URL", async () => {
    window.history.replaceState(null, "", "/en/calculators/certificate-share?holders=150000&share=2.5")
    const wrapper = mount(CertificateShareCalculator, { props: { locale: "en" } })
    await nextTick()
    expect((wrapper.get("#cert-holders").element as HTMLInputElement).value).toBe("150000")
    expect((wrapper.get("#cert-share").element as HTMLInputElement).value).toBe("2.5")
  })
})

describe("yearly training needed", () => {
  it("is the library's requiredYearlyAdditions to the target year", async () => {
    const { requiredYearlyAdditionsFromUnknown } = await import("../../../packages/plan/src/formulas/YearlyAdditions.ts")
    const wrapper = mount(CertificateShareCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#cert-holders").setValue("100000")
    await wrapper.get("#cert-baseline").setValue("60001")
    await wrapper.get("#cert-asOf").setValue("2022")
    await wrapper.get("#cert-targetYear").setValue("2025")
    const share = certificateShareFromUnknown({ holders: 100000, population: planDefaults.population, baselineHolders: 60001 })
    if (!share.ok || share.value.increase === undefined) throw new Error("library rejected the scenario")
    const toShare = requiredYearlyAdditionsFromUnknown({
      current: 100000,
      target: share.value.requiredHolders,
      currentYear: 2022,
      targetYear: 2025,
    })
    const toIncrease = requiredYearlyAdditionsFromUnknown({
      current: 100000,
      target: share.value.increase.targetHolders,
      currentYear: 2022,
      targetYear: 2025,
    })
    if (!toShare.ok || !toIncrease.ok) throw new Error("library rejected the pace")
    expect(wrapper.get('[data-value="yearlyToShare"]').text()).toBe(formatted(toShare.value.perYear ?? Number.NaN))
    expect(wrapper.get('[data-value="yearlyToIncrease"]').text()).toBe(formatted(toIncrease.value.perYear ?? Number.NaN))
    // ⌈(140,001 − 100,000) ÷ 3⌉ = 13,334: rounded up, so three years reach the target
    expect(toIncrease.value.perYear).toBe(13334)
  })
  it("says no year is left once the target year has passed, and rejects an impossible year", async () => {
    const wrapper = mount(CertificateShareCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#cert-asOf").setValue("2025")
    await wrapper.get("#cert-targetYear").setValue("2024")
    expect(wrapper.get('[data-value="yearlyToShare"]').text()).toBe("no year left")
    await wrapper.get("#cert-targetYear").setValue("1999")
    expect(wrapper.get("#cert-targetYear-error").text()).toContain("must be a year from 2000 to 2100")
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })
})

describe("certificate validity", () => {
  it("counts valid certificates with the library and uses them as holders", async () => {
    const { validCertificatesFromUnknown } = await import("../../../packages/plan/src/formulas/CertificateShare.ts")
    const wrapper = mount(CertificateShareCalculator, { props: { locale: "en" } })
    await nextTick()
    for (const [year, count] of [
      ["2021", "40000"],
      ["2023", "30000"],
      ["2025", "50000"],
    ] as const) {
      await wrapper.get(`#cert-issued-${year}`).setValue(count)
      await wrapper.get(`#cert-issued-${year}`).trigger("change")
    }
    const expected = validCertificatesFromUnknown({
      issued: [
        { year: 2021, count: 40000 },
        { year: 2023, count: 30000 },
        { year: 2025, count: 50000 },
      ],
      asOfYear: 2025,
      validityYears: 3,
    })
    if (!expected.ok) throw new Error("library rejected the scenario")
    expect(wrapper.get("[data-validity]").text()).toContain(`${formatted(expected.value.valid)} valid`)
    await wrapper.get('[data-action="use-valid"]').trigger("click")
    expect((wrapper.get("#cert-holders").element as HTMLInputElement).value).toBe(String(expected.value.valid))
  })
  it("rejects a bad validity and bad counts", async () => {
    const wrapper = mount(CertificateShareCalculator, { props: { locale: "en" } })
    await nextTick()
    await wrapper.get("#cert-validity").setValue("0")
    expect(wrapper.get("#cert-validity-error").text()).toBe("Certificate validity (years): must be at least 1")
    await wrapper.get("#cert-issued-2024").setValue("-2")
    await wrapper.get("#cert-issued-2024").trigger("change")
    expect(wrapper.get("#cert-issued-2024-error").text()).toBe("Issued in 2024: must not be negative")
    expect(wrapper.text()).not.toMatch(/NaN|Infinity/)
  })
})

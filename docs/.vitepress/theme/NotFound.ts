import { useData, withBase } from "vitepress"
import { defineComponent, h } from "vue"

/** The 404 page, in the locale of the address that was not found (strings from the locale's theme config). */
export default defineComponent({
  name: "NotFound",
  setup() {
    const { theme, localeIndex } = useData()
    return () => {
      const text = theme.value.notFound ?? {}
      const home = withBase(localeIndex.value === "root" ? "/" : `/${localeIndex.value}/`)
      return h("main", { class: "NotFound", id: "VPContent" }, [
        h("p", { class: "code" }, text.code ?? "404"),
        h("h1", { class: "title" }, text.title ?? "Page not found"),
        h("div", { class: "divider" }),
        h("p", { class: "quote" }, text.quote ?? ""),
        h("p", { class: "action" }, [h("a", { class: "link", href: home }, text.linkText ?? home)]),
      ])
    }
  },
})

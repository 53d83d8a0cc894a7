import type { Theme } from "vitepress"
import DefaultTheme from "vitepress/theme-without-fonts"
import { h } from "vue"
import NotFound from "./NotFound.ts"
import "./custom.css"

// The default theme, with a 404 page that has a main landmark and speaks the reader's language.
const theme: Theme = {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, { "not-found": () => h(NotFound) }),
  async enhanceApp() {
    if (typeof window !== "undefined") await new Promise((resolve) => setTimeout(resolve, 0))
  },
}

export default theme

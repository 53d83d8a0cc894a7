import type { Theme } from "vitepress"
import DefaultTheme from "vitepress/theme-without-fonts"
import { h } from "vue"
import NotFound from "./NotFound.ts"
import "./custom.css"

// The default theme, with a 404 page that has a main landmark and speaks the reader's language.
const theme: Theme = {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, { "not-found": () => h(NotFound) }),
  // In the browser, yield once between creating the app and mounting it: two shorter tasks
  // instead of one long one on the first page.
  async enhanceApp() {
    if (typeof window !== "undefined") await new Promise((resolve) => setTimeout(resolve, 0))
  },
}

export default theme

/**
 * A Vite plugin that wraps the default theme's layout regions in `hydratedInTurn`
 * (theme/regions.ts), so that each hydrates in a task of its own instead of all in one.
 *
 * It changes only what the theme's Layout.vue imports: `./components/VPNav.vue` from that file
 * resolves to a small module that imports the real component and exports it wrapped. Every
 * other importer, and the wrapper itself, gets the real component.
 */
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Plugin } from "vitepress"

/** For each of the default theme's files, the components it imports that hydrate in turn, in page order. */
export const regions: Readonly<Record<string, ReadonlyArray<string>>> = {
  "Layout.vue": ["VPNav", "VPLocalNav", "VPSidebar", "VPContent", "VPFooter"],
  "components/VPNavBar.vue": [
    "VPNavBarSearch",
    "VPNavBarMenu",
    "VPNavBarTranslations",
    "VPNavBarAppearance",
    "VPNavBarSocialLinks",
    "VPNavBarExtra",
    "VPNavBarHamburger",
  ],
  "components/VPDoc.vue": ["VPDocAside", "VPDocFooter"],
}

const prefix = "\0hydrate-in-turn:"
const regionsModule = fileURLToPath(new URL("./theme/regions.ts", import.meta.url))
const themeFile = /[\\/]vitepress[\\/]dist[\\/]client[\\/]theme-default[\\/](.+\.vue)(\?.*)?$/

export const hydrateInTurn = (): Plugin => ({
  name: "hydrate-in-turn",
  enforce: "pre",
  resolveId(source, importer) {
    const parent = importer === undefined ? undefined : themeFile.exec(importer)?.[1]?.replace(/\\/g, "/")
    const children = parent === undefined ? undefined : regions[parent]
    const name = /^\.\/(?:components\/)?(\w+)\.vue$/.exec(source)?.[1]
    if (importer === undefined || children === undefined || name === undefined || !children.includes(name)) return null
    return `${prefix}${join(dirname(importer.replace(/\?.*$/, "")), source)}`
  },
  load(id) {
    if (!id.startsWith(prefix)) return null
    const file = id.slice(prefix.length)
    return [
      `import Region from ${JSON.stringify(file)}`,
      `import { hydratedInTurn } from ${JSON.stringify(regionsModule)}`,
      "export default hydratedInTurn(Region)",
    ].join("\n")
  },
})

/**
 * A Vite plugin that wraps the default theme's layout regions in `hydratedInTurn`
 * (theme/regions.ts), so that each hydrates in a task of its own instead of all in one.
 *
 * It changes only the imports named in `regions`: `./components/VPNav.vue` imported by the
 * theme's Layout.vue resolves to a small module that imports the real component and exports it
 * wrapped. Every other importer, and the wrapper itself, gets the real component.
 */
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Plugin } from "vitepress"

/**
 * For each of the default theme's files, the components it imports that hydrate in turn, with
 * the media query (VitePress's own breakpoints) where the layout shows them, or null where it
 * always does: a hidden region waits for the width that shows it, or for the first interaction.
 */
export const regions: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  "Layout.vue": {
    VPSkipLink: null,
    VPBackdrop: null,
    VPNav: null,
    // Not VPLocalNav: hydrated in turn, a tap on its outline menu in the first moments after mount
    // sometimes did not open it (browser test); it hydrates with the layout.
    VPSidebar: "(min-width: 960px)",
    VPContent: null,
    VPFooter: null,
  },
  "components/VPNavBar.vue": {
    VPNavBarSearch: null,
    VPNavBarMenu: "(min-width: 768px)",
    VPNavBarTranslations: "(min-width: 1280px)",
    VPNavBarAppearance: "(min-width: 1280px)",
    VPNavBarSocialLinks: "(min-width: 1280px)",
    VPNavBarExtra: "(min-width: 768px) and (max-width: 1279px)",
    VPNavBarHamburger: "(max-width: 767px)",
  },
  // Not VPDocAside: its outline collects the headings when the content mounts, which it must not miss.
  "components/VPDoc.vue": { VPDocFooter: null },
}

const prefix = "\0hydrate-in-turn:"
const regionsModule = fileURLToPath(new URL("./theme/regions.ts", import.meta.url))
const themeFile = /[\\/]vitepress[\\/]dist[\\/]client[\\/]theme-default[\\/](.+\.vue)(\?.*)?$/

export const hydrateInTurn = (): Plugin => {
  // The wrapper modules handed out: the real component's file → its media query.
  const wrapped = new Map<string, string | null>()
  return {
    name: "hydrate-in-turn",
    enforce: "pre",
    resolveId(source, importer) {
      const parent = importer === undefined ? undefined : themeFile.exec(importer)?.[1]?.replace(/\\/g, "/")
      const children = parent === undefined ? undefined : regions[parent]
      const name = /^\.\/(?:components\/)?(\w+)\.vue$/.exec(source)?.[1]
      if (importer === undefined || children === undefined || name === undefined || !Object.hasOwn(children, name)) return null
      const file = join(dirname(importer.replace(/\?.*$/, "")), source)
      wrapped.set(file, children[name] ?? null)
      return `${prefix}${file}`
    },
    load(id) {
      const file = id.startsWith(prefix) ? id.slice(prefix.length) : undefined
      const query = file === undefined ? undefined : wrapped.get(file)
      if (file === undefined || query === undefined) return null
      return [
        `import Region from ${JSON.stringify(file)}`,
        `import { hydratedInTurn } from ${JSON.stringify(regionsModule)}`,
        `export default hydratedInTurn(Region${query === null ? "" : `, ${JSON.stringify(query)}`})`,
      ].join("\n")
    },
  }
}

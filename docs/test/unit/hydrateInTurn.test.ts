// @vitest-environment node
/**
 * The Vite plugin that makes the default theme's regions hydrate in turn
 * (.vitepress/hydrateInTurn.ts): it redirects exactly the imports it names, and every import it
 * names is still there in the installed VitePress theme (an upgrade that renames one fails here).
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { describe, expect, it } from "vitest"
import { hydrateInTurn, regions } from "../../.vitepress/hydrateInTurn.ts"

const theme = join(dirname(createRequire(import.meta.url).resolve("vitepress/package.json")), "dist", "client", "theme-default")
const plugin = hydrateInTurn()

const resolveId = (source: string, importer: string | undefined): unknown => {
  const hook = plugin.resolveId
  const handler = typeof hook === "function" ? hook : hook?.handler
  if (handler === undefined) throw new Error("the plugin has no resolveId hook")
  // The hook uses neither its context nor its options.
  return handler.call({} as never, source, importer, { attributes: {}, isEntry: false })
}

const load = (id: string): unknown => {
  const hook = plugin.load
  const handler = typeof hook === "function" ? hook : hook?.handler
  if (handler === undefined) throw new Error("the plugin has no load hook")
  return handler.call({} as never, id)
}

const importSource = (parent: string, child: string) => (parent.startsWith("components/") ? `./${child}.vue` : `./components/${child}.vue`)

describe("hydrateInTurn", () => {
  it.each(Object.entries(regions))("wraps what the theme's %s imports, and those imports exist", (parent, children) => {
    const source = readFileSync(join(theme, parent), "utf8")
    for (const [child, query] of Object.entries(children)) {
      expect(source).toContain(`import ${child} from '${importSource(parent, child)}'`)
      // Vue compiles a component's script to a sub-request of the .vue file.
      for (const importer of [join(theme, parent), `${join(theme, parent)}?vue&type=script&setup=true&lang.ts`]) {
        const id = resolveId(importSource(parent, child), importer)
        expect(typeof id).toBe("string")
        const code = String(load(String(id)))
        expect(code).toContain(JSON.stringify(join(theme, "components", `${child}.vue`)))
        expect(code).toContain(query === null ? "hydratedInTurn(Region)" : `hydratedInTurn(Region, ${JSON.stringify(query)})`)
      }
    }
  })

  it("leaves every other import alone", () => {
    expect(resolveId("./components/VPHome.vue", join(theme, "Layout.vue"))).toBeNull()
    expect(resolveId("./VPNavBarTitle.vue", join(theme, "components", "VPNavBar.vue"))).toBeNull()
    // The wrapper's own import of the real component, and the same file imported from elsewhere.
    expect(resolveId(join(theme, "components", "VPNav.vue"), "\0hydrate-in-turn:x")).toBeNull()
    expect(resolveId("./components/VPNav.vue", "/site/.vitepress/theme/Layout.vue")).toBeNull()
    expect(resolveId("./components/VPNav.vue", undefined)).toBeNull()
    expect(load("/site/.vitepress/theme/index.ts")).toBeNull()
  })
})

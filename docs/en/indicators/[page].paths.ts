import { pagesFor, pathsOf } from "../../.vitepress/content/pages.ts"

export default { paths: () => pathsOf(pagesFor("en").indicators) }

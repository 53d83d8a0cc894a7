import { apiPages } from "../../.vitepress/content/api.ts"

/** The typedoc pages (written to docs/api before the build) mirrored into the English locale. */
export default { paths: () => apiPages().map(([page, content]) => ({ params: { page }, content })) }

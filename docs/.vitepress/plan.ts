/**
 * The library, read from its source so that the site never renders a stale build.
 * Everything the site shows comes through this module.
 */
export * from "../../packages/plan/src/index.ts"

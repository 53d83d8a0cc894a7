// Lets TypeScript (tsc, not vue-tsc) import the calculators' single-file components.
declare module "*.vue" {
  import type { DefineComponent } from "vue"

  const component: DefineComponent<Record<string, unknown>, Record<string, unknown>, unknown>
  export default component
}

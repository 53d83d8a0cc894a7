export interface ServedSite {
  readonly port: number
  readonly url: string
  readonly close: () => Promise<void>
}
export declare const serveSite: (options?: { readonly dir?: string; readonly port?: number; readonly host?: string }) => Promise<ServedSite>

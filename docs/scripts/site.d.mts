export declare const siteDir: () => string

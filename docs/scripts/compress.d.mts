export declare const compressible: RegExp
export declare const minimumBytes: number
export declare const bestLevel: (path: string, bytes: number) => boolean
export declare const compressSite: (dir: string) => Promise<{ files: number; bytes: number; brotliBytes: number; gzipBytes: number }>

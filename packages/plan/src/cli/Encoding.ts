/**
 * Text from file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, or GBK / GB18030
 * as Excel saves CSV on Chinese Windows. Invalid UTF-8 is decoded as GB18030 (a superset
 * of GBK) and the caller is told so.
 */

/** The encodings a file can be read in. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030"

/** Decoded text with the encoding used, or why the bytes are not text. */
export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly message: string }

const decode = (encoding: Encoding, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return undefined
  }
}

/** Decodes file bytes, detecting the encoding. Never throws. */
export const decodeText = (bytes: Uint8Array): DecodedText => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decode("utf-16le", bytes)
    if (text !== undefined) return { ok: true, text, encoding: "utf-16le" }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decode("utf-16be", bytes)
    if (text !== undefined) return { ok: true, text, encoding: "utf-16be" }
  }
  const utf8 = decode("utf-8", bytes)
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: "utf-8" }
  const gb = decode("gb18030", bytes)
  if (gb !== undefined) return { ok: true, text: gb, encoding: "gb18030" }
  return { ok: false, message: "the file is neither UTF-8 nor GBK/GB18030 text; save it as “CSV UTF-8” or JSON" }
}

/**
 * A value kept in localStorage: read (and decoded by the caller) when the component mounts,
 * written on every change. Storage that is full, disabled or holds bad data never throws.
 */
import { onMounted, type Ref, ref, type ShallowRef, shallowRef, watch } from "vue"

/** Reads a key; `undefined` when storage is unavailable or empty. */
export const readStored = (key: string): string | undefined => {
  try {
    return window.localStorage.getItem(key) ?? undefined
  } catch {
    return undefined
  }
}

/** Writes a key; false when storage refused it (full, or disabled). */
export const writeStored = (key: string, value: string): boolean => {
  try {
    window.localStorage.setItem(key, value)
    return true
  } catch {
    return false
  }
}

/** A ref kept in localStorage under `key`; `parse` decodes stored text (undefined: ignore it). */
export const useStored = <A>(
  key: string,
  initial: () => A,
  parse: (text: string) => A | undefined,
  serialize: (value: A) => string,
): { readonly value: ShallowRef<A>; readonly saved: Ref<boolean> } => {
  // replaced as a whole on every change (immutable updates), so a shallow ref suffices
  const value = shallowRef<A>(initial())
  const saved = ref(true)
  onMounted(() => {
    const text = readStored(key)
    const parsed = text === undefined ? undefined : parse(text)
    if (parsed !== undefined) value.value = parsed
    watch(value, (current) => {
      saved.value = writeStored(key, serialize(current))
    })
  })
  return { value, saved }
}

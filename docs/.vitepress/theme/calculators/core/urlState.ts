/**
 * A calculator's state in the page URL: every field's text (valid or not) is a query
 * parameter, so a scenario can be shared by link and restored. Only values that differ from
 * the defaults are written, with history.replaceState (no new history entry per keystroke).
 */
import { onMounted, reactive, watch } from "vue"

/** Reads the state's keys from a query string; unknown keys are ignored, missing keys keep their defaults. */
export const readQuery = <K extends string>(search: string, defaults: Readonly<Record<K, string>>): Record<K, string> => {
  const params = new URLSearchParams(search)
  const state: Record<K, string> = { ...defaults }
  for (const key of Object.keys(defaults) as Array<K>) {
    const value = params.get(key)
    if (value !== null) state[key] = value
  }
  return state
}

/** The query string for a state: only the keys whose value differs from the default, other parameters kept. */
export const writeQuery = <K extends string>(
  search: string,
  state: Readonly<Record<K, string>>,
  defaults: Readonly<Record<K, string>>,
): string => {
  const params = new URLSearchParams(search)
  for (const key of Object.keys(defaults) as Array<K>) {
    if (state[key] === defaults[key]) params.delete(key)
    else params.set(key, state[key])
  }
  const text = params.toString()
  return text === "" ? "" : `?${text}`
}

/** A reactive state bound to the URL: restored when the component mounts, written back on every change. */
export const useUrlState = <K extends string>(defaults: Readonly<Record<K, string>>): Record<K, string> => {
  const state = reactive({ ...defaults }) as Record<K, string>
  onMounted(() => {
    Object.assign(state, readQuery(window.location.search, defaults))
    watch(
      () => ({ ...state }),
      (current) => {
        const query = writeQuery(window.location.search, current, defaults)
        const url = `${window.location.pathname}${query}${window.location.hash}`
        window.history.replaceState(window.history.state, "", url)
      },
    )
  })
  return state
}

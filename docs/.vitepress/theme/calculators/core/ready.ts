/** True once the component is interactive (hydrated): the pages mark it with `data-ready` for tests and styles. */
import { onMounted, ref } from "vue"

export const useReady = () => {
  const ready = ref(false)
  onMounted(() => {
    ready.value = true
  })
  return ready
}

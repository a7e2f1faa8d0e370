/** Progress lines for long scripts: one line per step, with elapsed time, on stderr-safe stdout. */
export function progress(label: string) {
  const started = Date.now()
  return {
    step(message: string) {
      const seconds = ((Date.now() - started) / 1000).toFixed(1)
      console.log(`[${label} ${seconds}s] ${message}`)
    },
  }
}

/** Times the after-build steps; `summary()` is the line the build benchmark reads (scripts/bench/build-phases.ts). */
export function stepTimer() {
  const steps: [string, number][] = []
  return {
    step: async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
      const started = performance.now()
      try {
        return await run()
      } finally {
        steps.push([name, Math.round(performance.now() - started)])
      }
    },
    summary: () => `stappen: ${steps.map(([name, ms]) => `${name} ${ms} ms`).join(', ')}`,
  }
}

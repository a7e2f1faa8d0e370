import { AsyncLocalStorage } from 'node:async_hooks'
import type { Snapshot } from '@vsp/content-models'

/**
 * The snapshot of the render in progress, when a page is rendered on demand (the renderer build,
 * packages/site-renderer). One store per process, kept on globalThis: the renderer's server
 * bundle and the code that calls it may each hold their own copy of this module.
 */
const KEY = Symbol.for('vsp.render-snapshot')
const holder = globalThis as typeof globalThis & { [KEY]?: AsyncLocalStorage<Snapshot> }
const store: AsyncLocalStorage<Snapshot> = (holder[KEY] ??= new AsyncLocalStorage<Snapshot>())

/** Runs `render` with `snapshot` as the content that getContent answers with. */
export function withRenderSnapshot<T>(snapshot: Snapshot, render: () => T): T {
  return store.run(snapshot, render)
}

/** The snapshot given to the current on-demand render, or undefined in a static build. */
export function renderSnapshot(): Snapshot | undefined {
  return store.getStore()
}

import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { AstroPrerenderer } from 'astro'
import type { PageFacts } from '../after-build/page-facts'

/**
 * Pages kept waiting at the worker, so that it never idles between two messages (the main
 * thread answers them only between its own renders). 3 rendered fastest of 2, 3, 4 and 6 at 10,000 pages.
 */
const WORKER_IN_FLIGHT = 3
/** Astro's `build.concurrency` with this prerenderer: the worker's pages plus the main thread's. */
export const PARALLEL_CONCURRENCY = WORKER_IN_FLIGHT + 2

type RenderOptions = Parameters<AstroPrerenderer['render']>[1]
type LogDestination = { write: (event: unknown) => boolean }
/** A page's address (as the after-build names it: `/a/b/`) and what the after-build needs of it. */
type PageEntry = { url: string; facts: PageFacts }
interface Answer {
  id: number
  status: number
  statusText: string
  headers: [string, string][]
  body: Uint8Array | null
  page?: PageEntry
  error?: { message: string; stack?: string }
}
type Message = Partial<Answer> & { ready?: boolean; drained?: boolean; log?: unknown }

/**
 * Where Astro writes the static build's prerender bundle: `.prerender/` in the output folder
 * when that is inside the project, else in `.astro/` (astro/dist/prerender/utils.js). The
 * newest entry, in case an interrupted build left one.
 */
export function prerenderEntry(outDir: URL, cwd = process.cwd()): string {
  const out = fileURLToPath(outDir)
  const dir = path.join(out.startsWith(cwd) ? out : path.join(cwd, '.astro'), '.prerender')
  const entries = readdirSync(dir).filter((name) => /^prerender-entry\..+\.mjs$/.test(name))
  const newest = entries.map((name) => path.join(dir, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  if (!newest) throw new Error(`geen prerender-entry in ${dir}: heeft een nieuwere Astro die verplaatst?`)
  return newest
}

/**
 * Node's own import(): Astro loads this integration through Vite's module runner, which rewrites
 * import() to its own loader (closed by the time pages render). Astro imports the prerender
 * bundle natively, and only a native import gets that same module instance.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>

/** What Astro's build app holds between its setup and rendering (only what rendering reads). */
interface BuildApp {
  setInternals(internals: { pagesByKeys: Map<string, { styles: unknown }>; entrySpecifierToBundleMap: Map<string, string> }): void
  getSettings(): { scripts: unknown[] }
  getOptions(): { logger: { options: { destination: LogDestination } } }
}

/**
 * Astro renders the pages of a static build one after another on one thread; at 10,000 pages
 * that is most of the build, with the machine's second core idle. This prerenderer wraps
 * Astro's own: a worker thread (render-worker.mjs) imports the same prerender bundle and renders
 * every page it is sent, while the main thread renders the rest and writes every file, as
 * before. Astro asks for PARALLEL_CONCURRENCY pages at a time; the worker takes one whenever it
 * has fewer than WORKER_IN_FLIGHT waiting. The worker also reads every page's facts (its own and
 * the main thread's pages), which it puts in `facts`, so that the after-build need not read the
 * pages back. The pages are the same bytes either way (one bundle, one snapshot). With Astro's
 * incremental build cache on, its own renderer does everything (it collects metadata on its thread).
 */
export function parallelPrerenderer(base: AstroPrerenderer, outDir: URL, facts: Map<string, PageFacts>): AstroPrerenderer {
  /** From setup until teardown; it is sent pages only once it is `ready`. */
  let worker: Worker | undefined
  let ready = false
  let failed: Error | undefined
  let nextId = 0
  const pending = new Map<number, (answer: Answer) => void>()
  let drained: (() => void) | undefined

  const onMessage = (message: Message) => {
    if (message.page) facts.set(message.page.url, message.page.facts)
    if (message.drained) return drained?.()
    if (message.id === undefined) return
    const waiting = pending.get(message.id)
    pending.delete(message.id)
    waiting?.(message as Answer)
  }
  const stop = (error: Error) => {
    failed = error
    worker = undefined
    for (const resolve of pending.values()) resolve({ error } as unknown as Answer)
    pending.clear()
    drained?.()
  }

  const renderInWorker = async (request: Request, route: string, w: Worker): Promise<Response> => {
    const id = nextId++
    const answer = await new Promise<Answer>((resolve) => {
      pending.set(id, resolve)
      w.postMessage({ id, url: request.url, route })
    })
    if (answer.error) throw Object.assign(new Error(answer.error.message), { stack: answer.error.stack })
    return new Response(answer.body as BodyInit | null, { status: answer.status, statusText: answer.statusText, headers: answer.headers })
  }

  /**
   * Astro's own render; a copy of the page's bytes also goes to the worker, which decodes it
   * and reads its facts. Astro writes the bytes as they are: no decoding and encoding again here.
   */
  const renderHere = async (request: Request, options: RenderOptions) => {
    const result = await base.render(request, options)
    const response = result instanceof Response ? result : result.response
    const w = worker
    if (!w || response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return result
    const bytes = new Uint8Array(await response.arrayBuffer())
    const copy = bytes.slice()
    w.postMessage({ url: new URL(request.url).pathname, bytes: copy }, [copy.buffer])
    const again = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers })
    return result instanceof Response ? again : { ...result, response: again }
  }

  return {
    name: 'vsp:parallel',
    async setup() {
      const entry = prerenderEntry(outDir)
      // The same module instance Astro's setup imports next: catch the build internals it hands over.
      const { app } = (await nativeImport(pathToFileURL(entry).href)) as { app: BuildApp }
      let internals: Parameters<BuildApp['setInternals']>[0] | undefined
      const setInternals = app.setInternals.bind(app)
      app.setInternals = (value) => {
        internals = value
        setInternals(value)
      }
      await base.setup?.()
      if (!internals) throw new Error('Astro gaf de prerenderer geen build-gegevens')
      const destination = app.getOptions().logger.options.destination
      const started = new Worker(new URL('./render-worker.mjs', import.meta.url), {
        workerData: {
          entry: pathToFileURL(entry).href,
          factsModule: new URL('../after-build/page-facts.ts', import.meta.url).href,
          pagesByKeys: new Map([...internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles }])),
          entrySpecifierToBundleMap: internals.entrySpecifierToBundleMap,
          scripts: app.getSettings().scripts,
        },
      })
      // Not awaited: the worker loads the bundle while the main thread lists the pages and renders
      // the first ones (their facts wait in the worker's queue).
      started.on('message', (message: Message) => {
        if (message.ready) return void (ready = true)
        if (message.log) return void destination.write(message.log)
        onMessage(message)
      })
      for (const event of ['error', 'exit'] as const)
        started.once(event, (cause: unknown) => stop(cause instanceof Error ? cause : new Error(`renderworker stopte met code ${cause}`)))
      worker = started
    },
    getStaticPaths: () => base.getStaticPaths(),
    render(request: Request, options: RenderOptions) {
      if (failed) throw failed
      if (worker && ready && !options.collectMetadata && pending.size < WORKER_IN_FLIGHT)
        return renderInWorker(request, `${options.routeData.component}\0${options.routeData.route}`, worker)
      return renderHere(request, options)
    },
    async teardown() {
      const w = worker
      if (w) {
        // The facts of the last pages the main thread sent, then stop.
        await new Promise<void>((resolve) => {
          drained = resolve
          w.postMessage({ drain: true })
        })
        worker = undefined
        w.removeAllListeners('exit')
        await w.terminate()
      }
      await base.teardown?.()
    },
  }
}

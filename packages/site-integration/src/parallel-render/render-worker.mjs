// The second thread of the static build (parallel-prerenderer.ts). It imports the same
// prerender bundle as Astro's own renderer and renders the pages it is sent, and it reads the
// facts of every page (its own and the main thread's: page-facts.ts), which the after-build
// would otherwise read back from disk. Plain JavaScript, because Node loads it by path outside
// Vite; page-facts.ts is TypeScript, loaded with tsx.
import { parentPort, workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

const { entry, factsModule, pagesByKeys, entrySpecifierToBundleMap, scripts } = workerData
const { app } = await import(entry)
const typescript = register({ namespace: 'render-worker' })
const { pageFacts } = await typescript.import(factsModule, import.meta.url)
// Left in place, tsx's hooks run for every module Astro imports per page (~1 s per 10,000 pages).
await typescript.unregister()
// What Astro's build environment reads while rendering: each page's styles, the bundled
// scripts and the head scripts (astro/dist/core/build/environment.js headElements).
app.setInternals({ pagesByKeys, entrySpecifierToBundleMap })
const destination = { write: (event) => parentPort.postMessage({ log: { ...event, message: String(event.message) } }) || true }
app.setOptions({ settings: { scripts }, logger: { options: { destination } } })

const routes = new Map(app.manifest.routes.map(({ routeData }) => [`${routeData.component}\0${routeData.route}`, routeData]))
const decoder = new TextDecoder()
const facts = (url, html) => ({ url, facts: pageFacts(url, html) })

async function render({ id, url, route }) {
  const routeData = routes.get(route)
  if (!routeData) throw new Error(`route ${route.replace('\0', ' ')} niet in de prerenderbundel`)
  const response = await app.render(new Request(url), { routeData })
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : null
  const page = response.status === 200 && body && response.headers.get('content-type')?.startsWith('text/html')
  return {
    id,
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    body,
    page: page ? facts(new URL(url).pathname, decoder.decode(body)) : undefined,
  }
}

parentPort.on('message', async (message) => {
  if (message.bytes !== undefined) return parentPort.postMessage({ page: facts(message.url, decoder.decode(message.bytes)) })
  if (message.drain) return parentPort.postMessage({ drained: true })
  try {
    const answer = await render(message)
    parentPort.postMessage(answer, answer.body ? [answer.body.buffer] : [])
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: { message: error?.message ?? String(error), stack: error?.stack } })
  }
})
parentPort.postMessage({ ready: true })

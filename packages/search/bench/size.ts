// Index size and first-query cost on synthetic Dutch pages.
// Run: cd packages/search && pnpm exec tsx bench/size.ts [documents…]
import { gzipSync } from 'node:zlib'
import { buildSearchIndex } from '../src/build/build-index'
import { createSearchClient } from '../src/client/create-client'
import { createMemoryFetch } from '../src/in-memory'
import { syntheticCorpus } from './synthetic-corpus'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const gzipSize = (content: string | Uint8Array) => gzipSync(content, { level: 9 }).length

async function measure(documents: number): Promise<void> {
  const docs = syntheticCorpus({ documents })
  let started = performance.now()
  const { files } = buildSearchIndex(docs, { synonyms: [{ term: 'straatroof', synonyms: 'beroving, overval' }] })
  const buildMs = performance.now() - started
  let raw = 0
  let gzip = 0
  for (const content of files.values()) {
    raw += typeof content === 'string' ? Buffer.byteLength(content) : content.length
    gzip += gzipSize(content)
  }
  const manifest = JSON.parse(String(files.get('manifest.json')))

  // A fresh client per query, as on a first visit; log what it downloads.
  const memoryFetch = createMemoryFetch(files)
  async function firstQuery(query: string) {
    const fetched: string[] = []
    const client = createSearchClient({
      baseUrl: 'memory:/search/',
      fetch: (input, init) => (fetched.push(String(input).replace('memory:/search/', '')), memoryFetch(input, init)),
    })
    const t0 = performance.now()
    const results = await client.search(query)
    const ms = performance.now() - t0
    const size = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSize(files.get(path) ?? ''), 0)
    const bytes = size(fetched)
    const docBytes = size(fetched.filter((path) => path.startsWith('d/')))
    return { results: results.length, files: fetched.length, bytes, docBytes, ms }
  }

  console.log(`\n${documents} documents: ${files.size} files, ${manifest.termShards} term shards`)
  console.log(`  build ${buildMs.toFixed(0)} ms; total ${kb(raw)} raw, ${kb(gzip)} gzip`)
  for (const query of ['slachtoffer', 'ongeval', 'straatroof', 'hulp bij aangifte']) {
    const first = await firstQuery(query)
    started = performance.now()
    const rounds = 20
    const warm = createSearchClient({ baseUrl: 'memory:/search/', fetch: memoryFetch })
    await warm.search(query)
    for (let i = 0; i < rounds; i++) await warm.search(query)
    const warmMs = (performance.now() - started) / (rounds + 1)
    console.log(
      `  "${query}": ${first.results} results; first query fetches ${first.files} files, ` +
        `${kb(first.bytes)} gzip (${kb(first.docBytes)} of it result pages), ` +
        `${first.ms.toFixed(1)} ms; cached ${warmMs.toFixed(1)} ms`,
    )
  }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0)
for (const documents of sizes.length > 0 ? sizes : [1000, 10000]) await measure(documents)

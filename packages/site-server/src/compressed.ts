import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { lookup as mimeType } from 'mrmime'
import Negotiator from 'negotiator'

/** Text files worth packing; images, fonts and video are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.svg', '.txt', '.vtt', '.webmanifest'])
/** Below this a compressed copy saves less than the extra header costs. */
const MIN_BYTES = 1024
/** Brotli quality 5: a tenth of quality 10's time for 7 % more bytes; once per file, then cached (0.7 ms for a 19 KB page, 28 ms for a 1.1 MB one). */
const BROTLI_QUALITY = 5
const GZIP_LEVEL = 9
/** The packed copies kept in memory: a 10,000-page site packs to ~47 MB (brotli). */
const CACHE_BYTES = 96 * 1024 * 1024

type Encoding = 'br' | 'gzip'
const pack: Record<Encoding, (content: Buffer) => Promise<Buffer>> = {
  br: (content) =>
    promisify(brotliCompress)(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }),
  gzip: (content) => promisify(gzip)(content, { level: GZIP_LEVEL }),
}

/** Brotli when the client takes both at the same weight (`gzip, br`); negotiator honours `q` values. */
const ENCODINGS: Encoding[] = ['br', 'gzip']
// negotiator 1.x takes the server's order for ties as a second argument; its types describe 0.6.
const preferredEncoding = (req: IncomingMessage) =>
  (new Negotiator(req) as unknown as { encoding(available: string[], options: { preferred: string[] }): string | undefined }).encoding(
    ENCODINGS,
    { preferred: ENCODINGS },
  )

/**
 * Where sirv's lookup finds a request's file: the path itself, then `/index`, each with no
 * extension, `.html` or `.htm` (so `/a/` is `/a/index.html`). The first existing non-folder wins.
 */
async function findFile(root: string, pathname: string) {
  const uri = pathname.endsWith('/') ? pathname.slice(0, -1) : pathname
  for (const ext of ['', '.html', '.htm'])
    for (const name of uri ? [uri + ext, `${uri}/index${ext}`] : [`/index${ext}`]) {
      const file = path.join(root, name)
      const stats = await stat(file).catch(() => undefined)
      if (stats?.isFile()) return { file, stats }
    }
  return undefined
}

/**
 * Brotli and gzip per request, cached. The build writes no compressed copies (packing ~20,000
 * files was 20 s of a 10,000-page build, more than Astro's whole render of a bare site), so the
 * server packs a text file the first time a client asks for it and keeps the bytes in memory,
 * least recently used out first. The key is the file's identity (inode, size, modification
 * time): a publish writes a changed page as a new file, so it is packed anew, while unchanged
 * files keep their packed bytes. zlib runs on libuv's thread pool, not on the event loop.
 */
export function compressedFiles(cacheBytes = CACHE_BYTES) {
  /** Insertion order is use order: a hit is moved to the end, the first entries go first. */
  const cache = new Map<string, { body: Promise<Buffer>; size: number }>()
  let held = 0
  const packed = (key: string, encoding: Encoding, file: string): Promise<Buffer> => {
    const hit = cache.get(key)
    if (hit) {
      cache.delete(key)
      cache.set(key, hit)
      return hit.body
    }
    const entry = { body: readFile(file).then((content) => pack[encoding](content)), size: 0 }
    cache.set(key, entry)
    entry.body.then(
      (body) => {
        if (cache.get(key) !== entry) return
        entry.size = body.length
        held += body.length
        for (const [oldest, { size }] of cache) {
          if (held <= cacheBytes || oldest === key) break
          held -= size
          cache.delete(oldest)
        }
      },
      () => cache.delete(key),
    )
    return entry.body
  }

  /** Answers with a packed copy and returns true, or returns false and leaves the answer to the caller. */
  return async function serveCompressed(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): Promise<boolean> {
    const encoding = preferredEncoding(req)
    if (encoding !== 'br' && encoding !== 'gzip') return false
    // An image or a font: no lookup here, the file server makes its own.
    const extension = pathname.endsWith('/') ? '' : path.extname(pathname)
    if (extension && !COMPRESSIBLE.has(extension)) return false
    const found = await findFile(root, pathname)
    if (!found || !COMPRESSIBLE.has(path.extname(found.file)) || found.stats.size < MIN_BYTES) return false
    const { file, stats } = found
    const etag = `W/"${stats.size}-${stats.mtimeMs}-${encoding}"`
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag })
      res.end()
      return true
    }
    const body = await packed(`${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${encoding}`, encoding, file)
    const type = mimeType(file) ?? 'application/octet-stream'
    res.writeHead(200, {
      'Content-Type': type === 'text/html' ? `${type};charset=utf-8` : type,
      'Content-Encoding': encoding,
      'Content-Length': body.length,
      'Last-Modified': stats.mtime.toUTCString(),
      ETag: etag,
    })
    res.end(req.method === 'HEAD' ? undefined : body)
    return true
  }
}

import { readFileSync, realpathSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Readable } from 'node:stream'
import sirv from 'sirv'
import { compressedFiles } from './compressed'
import { headersFor, parseHeadersFile, type HeaderRule } from './headers-file'
import { safeRequestPath } from './request-path'

/** Answers the requests below PREVIEW_PATH, given the headers of the site's own pages (packages/site-preview). */
export type PreviewHook = (req: IncomingMessage, res: ServerResponse, siteHeaders: Record<string, string>) => Promise<void>

/** Draft previews live here, never as files in the build (a preview hook answers them, when there is one). */
export const PREVIEW_PATH = '/voorbeeld/'

export interface SiteServerOptions {
  /** the built site (`dist/`), with the `_headers` and `404.html` the build writes */
  root: string
  port?: number
  host?: string
  /** draft previews (packages/site-preview); without it /voorbeeld/ is the site's 404 */
  preview?: PreviewHook
}

export interface SiteServer {
  url: string
  close: () => Promise<void>
}

/** Written for the static host by the build; not pages. */
const NOT_SERVED = new Set(['/_headers', '/nginx-headers.conf'])
/** Pages and data change with the next publish; hashed assets get `immutable` from `_headers`. */
const DEFAULT_CACHE = 'public, max-age=0, must-revalidate'

type Handler = ReturnType<typeof sirv>

interface Build {
  /** the folder the name pointed to when loaded */
  real: string
  /** the folder's inode: a rebuild swaps in a new folder under the same name (scripts/lib/sites.ts) */
  inode: number
  files: Handler
  rules: HeaderRule[]
  notFoundPage: Buffer
}

function loadBuild(root: string): Build {
  // The folder the name points to now (a publish's generation, scripts/publish/generations.ts):
  // every lookup until the next swap goes there, so one answer never mixes two generations.
  const real = realpathSync(root)
  return {
    real,
    inode: statSync(real).ino,
    // Files are looked up on disk per request (sirv's "dev" lookup: a few stat calls), not
    // from a file list read per build: at 10,000 pages that list is ~60,000 names, and reading
    // it after every publish took seconds. Our Cache-Control, set before, wins over the one
    // sirv's lookup sets. Compressed answers come from compressed.ts: sirv would also serve
    // `.br`/`.gz` files that an older build left in the folder.
    files: sirv(real, { dev: true, etag: true }),
    rules: parseHeadersFile(readFileSync(path.join(real, '_headers'), 'utf8')),
    notFoundPage: readFileSync(path.join(real, '404.html')),
  }
}

/** Dot files are not served (as sirv's production mode did not): only `/.well-known/`. */
const isDotPath = (pathname: string) => pathname.split('/').some((segment) => segment.startsWith('.') && segment !== '.well-known')

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  res.end(text)
}

/**
 * The production server for a built site: files with brotli/gzip (packed on first request,
 * compressed.ts) and cache headers, the
 * security headers of the build's `_headers`, the site's own 404 page, and a plain 400 for
 * paths that try to leave the folder. Errors never show a stack trace or a path (CWE-209).
 */
export function siteRequestHandler(root: string, preview?: PreviewHook): (req: IncomingMessage, res: ServerResponse) => void {
  const dir = path.resolve(root)
  const serveCompressed = compressedFiles()
  let build = loadBuild(dir)
  const current = (): Build => {
    if (statSync(dir).ino !== build.inode) build = loadBuild(dir)
    return build
  }
  return (req, res) => {
    try {
      const site = current()
      for (const [name, value] of Object.entries(headersFor(site.rules, '/'))) res.setHeader(name, value)
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD')
        return plain(res, 405, 'Methode niet toegestaan')
      }
      const pathname = safeRequestPath(req.url ?? '/')
      if (pathname === null) return plain(res, 400, 'Ongeldig adres')
      if (preview && pathname.startsWith(PREVIEW_PATH)) {
        void preview(req, res, headersFor(site.rules, '/')).catch(() => {
          if (!res.headersSent) plain(res, 500, 'Het voorbeeld kon niet worden gemaakt')
          else res.destroy()
        })
        return
      }
      for (const [name, value] of Object.entries({ 'Cache-Control': DEFAULT_CACHE, ...headersFor(site.rules, pathname) }))
        res.setHeader(name, value)
      // A file that vanishes between lookup and read (a rebuild swapping folders) ends this answer, not the process.
      res.on('pipe', (source: Readable) => source.on('error', () => res.destroy()))
      const notFound = () => {
        // Never `immutable`: a missing asset may exist after the next build.
        res.writeHead(404, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Length': site.notFoundPage.length,
          'Cache-Control': 'no-cache',
        })
        res.end(req.method === 'HEAD' ? undefined : site.notFoundPage)
      }
      if (NOT_SERVED.has(pathname) || isDotPath(pathname)) return notFound()
      res.setHeader('Vary', 'Accept-Encoding')
      serveCompressed(req, res, site.real, pathname).then(
        (answered) => answered || site.files(req, res, notFound),
        () => {
          if (!res.headersSent) plain(res, 503, 'Even niet beschikbaar, probeer het zo opnieuw')
          else res.destroy()
        },
      )
    } catch {
      // Between the two renames of a swap the folder is briefly missing.
      if (!res.headersSent) plain(res, 503, 'Even niet beschikbaar, probeer het zo opnieuw')
      else res.destroy()
    }
  }
}

export async function startSiteServer({ root, port = 0, host = '127.0.0.1', preview }: SiteServerOptions): Promise<SiteServer> {
  const server = createServer(siteRequestHandler(root, preview))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/**
 * A static file server for the benchmark: serves a built site, gzip-compresses text files
 * (HTML, JS, CSS, JSON) as a host would, and sends Pagefind's files as they are (they are
 * compressed already). `extra` adds files by URL path (the benchmark's harness page and bundle).
 */
import { createServer, type Server } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json'])

export async function serveStatic(root: string, extra: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let body: Buffer
    let ext: string
    if (extra[pathname] !== undefined) {
      body = Buffer.from(extra[pathname])
      ext = path.extname(pathname) || '.html'
    } else {
      let file = path.join(root, pathname)
      if (!file.startsWith(root)) return void res.writeHead(403).end()
      if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
      if (!existsSync(file)) return void res.writeHead(404).end('not found')
      body = readFileSync(file)
      ext = path.extname(file)
    }
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' }
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body)
      headers['content-encoding'] = 'gzip'
    }
    headers['content-length'] = String(body.length)
    res.writeHead(200, headers).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { createServer, get, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { compressedFiles } from './compressed'

let root: string
let server: Server | undefined
afterEach(() => {
  server?.close()
  rmSync(root, { recursive: true, force: true })
})

async function serve(cacheBytes: number) {
  root = mkdtempSync(path.join(tmpdir(), 'vsp-packed-'))
  const serveCompressed = compressedFiles(cacheBytes)
  server = createServer((req, res) => {
    void serveCompressed(req, res, root, req.url ?? '/').then((answered) => {
      if (!answered) res.writeHead(299).end()
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`
  // node:http, not fetch: fetch would unpack the answer itself.
  return (pathname: string, encoding = 'br') =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      get(url + pathname, { headers: { 'Accept-Encoding': encoding } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const body = Buffer.concat(chunks)
          resolve({
            status: res.statusCode ?? 0,
            text: res.headers['content-encoding'] === 'br' ? brotliDecompressSync(body).toString() : '',
          })
        })
      }).on('error', reject)
    })
}

/** Writes a file in place with one fixed modification time: at the same size, only a kept copy can still show the old text. */
function writeDated(file: string, text: string) {
  writeFileSync(file, text)
  utimesSync(file, 1_700_000_000, 1_700_000_000)
}

const page = (word: string) => `<!doctype html><title>${word}</title>${'<p>tekst</p>'.repeat(100)}`

describe('compressedFiles', () => {
  it('packs a page once and serves the kept bytes while the file is the same file', async () => {
    const fetchPage = await serve(1024 * 1024)
    writeDated(path.join(root, 'index.html'), page('appel'))
    expect((await fetchPage('/')).text).toContain('appel')
    writeDated(path.join(root, 'index.html'), page('peren'))
    expect((await fetchPage('/')).text).toContain('appel')
  })

  it('packs again once the kept bytes are pushed out by newer ones', async () => {
    const fetchPage = await serve(0)
    writeDated(path.join(root, 'index.html'), page('appel'))
    writeDated(path.join(root, 'andere.html'), page('kers'))
    expect((await fetchPage('/')).text).toContain('appel')
    expect((await fetchPage('/andere')).text).toContain('kers')
    writeDated(path.join(root, 'index.html'), page('peren'))
    expect((await fetchPage('/')).text).toContain('peren')
  })

  it('leaves small files, images, missing files and clients without brotli or gzip to the file server', async () => {
    const fetchPage = await serve(1024 * 1024)
    writeFileSync(path.join(root, 'klein.html'), '<p>klein</p>')
    writeFileSync(path.join(root, 'foto.webp'), Buffer.alloc(4096))
    writeFileSync(path.join(root, 'index.html'), page('appel'))
    for (const pathname of ['/klein.html', '/foto.webp', '/bestaat-niet/']) expect((await fetchPage(pathname)).status, pathname).toBe(299)
    expect((await fetchPage('/', 'identity')).status).toBe(299)
    expect((await fetchPage('/', 'br;q=0')).status).toBe(299)
    expect((await fetchPage('/index.html')).text).toContain('appel')
  })
})

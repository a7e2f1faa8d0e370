/**
 * The production server for the built sites (@vsp/site-server) over real HTTP, on a site built
 * from the fixture snapshot: security headers, compression, caching, the 404 page, and paths
 * that try to leave the folder.
 */
import { createHash } from 'node:crypto'
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSiteServer, type SiteServer } from '@vsp/site-server'
import { buildSiteOrThrow, builtPages } from '@vsp/test-support'

const ISLAND_API = 'http://islands.test:3999/api/island'
let tmp: string
let dist: string
let server: SiteServer

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vsp-serve-'))
  dist = path.join(tmp, 'dist')
  await buildSiteOrThrow('helpers', dist, { PUBLIC_ISLAND_API: ISLAND_API })
  server = await startSiteServer({ root: dist })
})
afterAll(async () => {
  await server?.close()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

/** A raw request: fetch would normalise `..` away before sending it. */
function get(
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { hostname, port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

const csp = (headers: Record<string, unknown>) => String(headers['content-security-policy'] ?? '')
const firstAsset = () => {
  const match = /src="(\/_astro\/[^"]+\.js)"/.exec(readFileSync(path.join(dist, 'index.html'), 'utf8'))
  if (!match?.[1]) throw new Error('no /_astro/ script on the home page')
  return match[1]
}

describe('the site server', () => {
  it.each(['/', '/checklists/fraude/', '/bestaat-niet/', '/..%2fetc%2fpasswd'])(
    'sends the security headers on %s (CWE-693, CWE-1021)',
    async (page) => {
      const { headers } = await get(page)
      expect(csp(headers)).toContain("frame-ancestors 'none'")
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('no-referrer')
      expect(headers['permissions-policy']).toContain('camera=()')
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/)
    },
  )

  it('sends a CSP without unsafe-inline that allows exactly the inline scripts and styles of the pages (CWE-79)', async () => {
    const policy = csp((await get('/')).headers)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
    expect(policy).toContain(`connect-src 'self' ${new URL(ISLAND_API).origin}`)
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com')
    expect(policy).toContain("img-src 'self' data:")
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
    let inline = 0
    for (const page of await builtPages(dist)) {
      const source = readFileSync(path.join(dist, page.endsWith('/') ? `${page}index.html` : page), 'utf8')
      for (const [, attrs, body] of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/src=|application\/ld\+json/.test(attrs ?? '')) continue
        expect(policy, `inline script on ${page}`).toContain(hash(body ?? ''))
        inline += 1
      }
      for (const [, body] of source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
        expect(policy, `inline style on ${page}`).toContain(hash(body ?? ''))
      expect(source, `style attribute on ${page}`).not.toMatch(/<[a-z][^>]*\sstyle=/i)
    }
    expect(inline).toBeGreaterThan(0)
  })

  it.each([
    '/..%2f..%2fetc%2fpasswd',
    '/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/_astro/..%5c..%5cpackage.json',
    '/a%00.html',
    '/%E0%A4%A',
  ])('refuses %s without a trace (CWE-22, CWE-209)', async (page) => {
    const { status, body } = await get(page)
    expect([400, 404]).toContain(status)
    expect(body.toString()).not.toMatch(/root:|at \w|node_modules|\/tmp|Error|astro|vite/i)
  })

  it("answers a missing page with the site's own 404 page, never cached for good (CWE-209)", async () => {
    for (const page of ['/bestaat-niet/', '/_astro/bestaat-niet.js', '/_headers', '/nginx-headers.conf']) {
      const { status, headers, body } = await get(page)
      expect(status).toBe(404)
      expect(body.toString()).toContain('<title>Pagina niet gevonden')
      expect(headers['cache-control']).not.toContain('immutable')
    }
  })

  it('compresses with gzip and brotli, to the same bytes as the file', async () => {
    const original = readFileSync(path.join(dist, 'checklists/fraude/index.html'))
    const gz = await get('/checklists/fraude/', { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers.vary).toContain('Accept-Encoding')
    expect(gunzipSync(gz.body).equals(original)).toBe(true)
    const br = await get('/checklists/fraude/', { 'Accept-Encoding': 'gzip, br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(br.body).equals(original)).toBe(true)
    expect((await get('/checklists/fraude/')).body.equals(original)).toBe(true)
    expect((await get('/checklists/fraude/', { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip')
    // A conditional request for the packed copy it already has gets 304 without a body.
    const again = await get('/checklists/fraude/', { 'Accept-Encoding': 'br', 'If-None-Match': String(br.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  it('packs a page that a publish rewrote anew, and never serves a compressed copy an older build left', async () => {
    const folder = path.join(dist, 'vers')
    mkdirSync(folder, { recursive: true })
    const write = (text: string) => {
      // As a publish writes: a new file renamed over the old one.
      writeFileSync(path.join(folder, 'next.html'), `<!doctype html><title>${text}</title>${'<p>tekst</p>'.repeat(200)}`)
      renameSync(path.join(folder, 'next.html'), path.join(folder, 'index.html'))
    }
    const unpacked = async () => brotliDecompressSync((await get('/vers/', { 'Accept-Encoding': 'br' })).body).toString()
    write('eerste')
    expect(await unpacked()).toContain('<title>eerste')
    write('tweede')
    expect(await unpacked()).toContain('<title>tweede')
    writeFileSync(path.join(folder, 'index.html.gz'), 'oud')
    const gz = await get('/vers/', { 'Accept-Encoding': 'gzip' })
    expect(gunzipSync(gz.body).toString()).toContain('<title>tweede')
    rmSync(folder, { recursive: true })
  })

  it('caches hashed assets for good and pages only with revalidation', async () => {
    const asset = await get(firstAsset())
    expect(asset.status).toBe(200)
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const page = await get('/')
    expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate')
    const again = await get('/', { 'If-None-Match': String(page.headers.etag) })
    expect(again.status).toBe(304)
  })

  it('serves a new build swapped in under the same folder name, as the rebuild does', async () => {
    const next = `${dist}-next`
    cpSync(dist, next, { recursive: true })
    writeFileSync(path.join(next, 'nieuw.txt'), 'nieuwe build')
    renameSync(dist, `${dist}-old`)
    renameSync(next, dist)
    rmSync(`${dist}-old`, { recursive: true, force: true })
    const { status, body } = await get('/nieuw.txt')
    expect(status).toBe(200)
    expect(body.toString()).toBe('nieuwe build')
  })
  it('serves a generation swapped in by renaming a symlink, as the incremental publish does, without a file list', async () => {
    const gens = `${dist}-gens`
    for (const [n, text] of [
      [1, 'generatie 1'],
      [2, 'generatie 2'],
    ] as const) {
      const gen = path.join(gens, `g${n}`)
      cpSync(dist, gen, { recursive: true, dereference: true })
      writeFileSync(path.join(gen, 'generatie.txt'), text)
      symlinkSync(gen, `${dist}.link`)
      if (n === 1) rmSync(dist, { recursive: true, force: true })
      renameSync(`${dist}.link`, dist)
      const { status, body } = await get('/generatie.txt')
      expect(status).toBe(200)
      expect(body.toString()).toBe(text)
    }
  })

  it('never serves dot files, but does serve /.well-known/ (CWE-538)', async () => {
    mkdirSync(path.join(dist, '.well-known'), { recursive: true })
    writeFileSync(path.join(dist, '.well-known', 'security.txt'), 'Contact: mailto:security@example.org')
    writeFileSync(path.join(dist, '.env'), 'GEHEIM=1')
    mkdirSync(path.join(dist, '.git'), { recursive: true })
    writeFileSync(path.join(dist, '.git', 'config'), '[core]')
    for (const page of ['/.env', '/.git/config']) {
      const { status, body } = await get(page)
      expect(status, page).toBe(404)
      expect(body.toString()).not.toContain('GEHEIM')
    }
    expect((await get('/.well-known/security.txt')).status).toBe(200)
  })
})

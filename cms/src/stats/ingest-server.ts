/**
 * The stats ingest as a small node:http server of its own (STATS_PORT, 3001), next to the CMS:
 * a page view through Next and Payload's request handling cost more than the whole target
 * budget (BENCHMARKS.md). It takes POST /events (page views and services, the shape of
 * `statEventInput`) from the two sites, with CORS for their origins and without credentials,
 * and answers 204 once the event is committed. Nothing about the sender is logged or stored.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { isJson, MAX_BODY_BYTES } from '../endpoints/read-json'
import { siteOrigins } from '../lib/paths'
import type { Ingest } from './ingest'

export interface IngestServerOptions {
  ingest: Ingest
  port: number
  host?: string
  /** take the sender's address from X-Forwarded-For (only behind a proxy that sets it) */
  trustProxy?: boolean
}

function senderIp(req: http.IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy
    ? String(req.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        ?.trim()
    : ''
  return forwarded || req.socket.remoteAddress || ''
}

function readBody(req: http.IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) resolve(undefined)
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

export function startIngestServer({ ingest, port, host = '127.0.0.1', trustProxy = false }: IngestServerOptions): Promise<http.Server> {
  const origins = new Set(siteOrigins())
  const server = http.createServer(async (req, res) => {
    const headers: Record<string, string> = { vary: 'Origin', 'cache-control': 'no-store' }
    const origin = req.headers.origin
    if (origin && origins.has(origin)) headers['access-control-allow-origin'] = origin
    const send = (status: number, body?: object, extra: Record<string, string> = {}) => {
      const text = body ? JSON.stringify(body) : ''
      res.writeHead(status, { ...headers, ...extra, ...(body ? { 'content-type': 'application/json' } : {}) })
      res.end(text)
    }
    try {
      const path = (req.url ?? '').split('?')[0]
      if (path === '/health' && req.method === 'GET') return send(200, { ok: true })
      if (path !== '/events') return send(404, { error: 'Niet gevonden.' })
      if (req.method === 'OPTIONS') {
        return send(204, undefined, {
          'access-control-allow-methods': 'POST',
          'access-control-allow-headers': 'Content-Type',
          'access-control-max-age': '600',
        })
      }
      if (req.method !== 'POST') return send(405, { error: 'Alleen POST.' }, { allow: 'POST, OPTIONS' })
      // Exactly application/json: a form or text/plain post needs no CORS preflight (CWE-352).
      if (!isJson(req.headers['content-type'] ?? null)) return send(415, { error: 'Stuur JSON (Content-Type: application/json).' })
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES)
        return send(413, { error: `Het bericht is groter dan ${MAX_BODY_BYTES} bytes.` })
      const text = await readBody(req)
      if (text === undefined) return send(413, { error: `Het bericht is groter dan ${MAX_BODY_BYTES} bytes.` })
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        return send(400, { error: 'Het bericht is geen geldige JSON.' })
      }
      const result = await ingest(body, { userAgent: String(req.headers['user-agent'] ?? ''), ip: senderIp(req, trustProxy) })
      if (result.status === 204) return send(204)
      return send(
        result.status,
        { error: result.error, ...(result.issues ? { issues: result.issues } : {}) },
        result.retryAfter ? { 'retry-after': String(result.retryAfter) } : {},
      )
    } catch {
      // The database refused: the visitor's page goes on; say so without details.
      if (!res.headersSent) send(503, { error: 'De statistiek is even niet beschikbaar.' }, { 'retry-after': '5' })
    }
  })
  server.keepAliveTimeout = 65_000
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}

export const portOf = (server: http.Server) => (server.address() as AddressInfo).port

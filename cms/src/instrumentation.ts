import type { IncomingMessage, ServerResponse } from 'node:http'

// The fetch standard forbids these methods: Next.js cannot even make a Request of them and
// answered 500 (found by cms/test/fuzz.int.test.ts). No route of the CMS has them.
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT'])

/**
 * Refuses TRACE/TRACK/CONNECT with 405 at the HTTP server, before Next.js builds a Request.
 * Patching the prototype is the one hook `next start` leaves for this; it runs once, here.
 */
async function refuseForbiddenMethods() {
  const http = await import('node:http')
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (this: unknown, event: string, ...args: unknown[]) {
    if (event === 'request') {
      const [req, res] = args as [IncomingMessage, ServerResponse]
      if (FORBIDDEN_METHODS.has(req.method ?? '')) {
        res.writeHead(405, { allow: 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS', 'content-type': 'text/plain; charset=utf-8' })
        res.end('Deze methode wordt niet ondersteund.')
        return true
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean
  } as typeof emit
}

/**
 * Runs once when `next start` starts the CMS: outside demo mode, a missing or default
 * PAYLOAD_SECRET stops it here with the reason, instead of a server that answers 500 on every
 * request (lib/mode.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  await refuseForbiddenMethods()
  const { payloadSecret } = await import('./lib/paths')
  try {
    payloadSecret()
  } catch (error) {
    console.error(`De CMS start niet: ${(error as Error).message}`)
    process.exit(1)
  }
}

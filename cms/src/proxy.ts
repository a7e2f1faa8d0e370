import { NextResponse, type NextRequest } from 'next/server'
import { adminContentSecurityPolicy } from './hardening/admin-csp'

const refuse = (message: string) => NextResponse.json({ errors: [{ message }] }, { status: 400, headers: { 'cache-control': 'no-store' } })

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

// Payload reads these with Number(): "1e400" became Infinity and the database query failed.
const COUNTS = ['limit', 'page', 'depth']

/**
 * Runs before every route of the CMS. Requests that Next.js or Payload answered with a 500 (found
 * by cms/test/fuzz.int.test.ts) are the client's mistake and get a 400 here: a path that is not
 * valid percent-encoding (`/api/health/%FF`), and a count that is not a whole number
 * (`?limit=1e400`). CWE-20; TRACE is refused before Next.js sees it (instrumentation.ts).
 * Every answer gets the admin's CSP (hardening/admin-csp.ts).
 */
export function proxy(request: NextRequest) {
  const response = answer(request)
  response.headers.set('Content-Security-Policy', policy)
  return response
}

// Computed once: the origins come from the environment the server started with.
const policy = adminContentSecurityPolicy()

function answer(request: NextRequest): NextResponse {
  const url = new URL(request.url)
  if (!decodes(url.pathname)) return refuse('Dit adres is niet geldig gecodeerd.')
  if (url.pathname.startsWith('/api/')) {
    for (const name of COUNTS) {
      if (url.searchParams.getAll(name).some((value) => !/^\d{1,7}$/.test(value))) return refuse(`${name} moet een geheel getal zijn.`)
    }
  }
  return NextResponse.next()
}

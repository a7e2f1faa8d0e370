import type fc from 'fast-check'
import { COLLECTIONS } from '@vsp/content-models'
import { postRequest, readRequest, staticRequest } from './malformed'
import type { RawRequest } from './raw-request'

export interface FuzzTarget {
  name: string
  /** Which server: the CMS, or the site server of cms/test/fuzz.int.test.ts. */
  server: 'cms' | 'site'
  requests: fc.Arbitrary<RawRequest>
  runs: number
  /** What a malformed request may be answered with; a 5xx or no answer never. */
  accepts: (status: number) => boolean
}

const clientError = (status: number) => status >= 400 && status < 500
// Reads ignore parameters they do not know, so a 200 is a fair answer to some of them; a path
// with a trailing slash is redirected (308).
const readAnswer = (status: number) => status === 200 || status === 304 || status === 308 || clientError(status)

// Logins and reset requests speak from one client of their own, so that the login throttle they
// set off (cms/src/auth) does not reach the other test files' logins from 127.0.0.1.
const fuzzClient = { 'x-forwarded-for': '203.0.113.77' }

/**
 * Every public endpoint, one row each. A new endpoint (newsletter, statistics…) is one more row:
 * its path, the fields its body has, and how many requests it gets.
 */
export const FUZZ_TARGETS: FuzzTarget[] = [
  {
    name: 'island events',
    server: 'cms',
    requests: postRequest('/api/island/events', ['kind', 'site', 'channel', 'subject', 'outcome']),
    runs: 2500,
    accepts: clientError,
  },
  {
    name: 'island tips',
    server: 'cms',
    requests: postRequest('/api/island/tips', ['title', 'body', 'signature', 'website']),
    runs: 2000,
    accepts: clientError,
  },
  {
    name: 'login',
    server: 'cms',
    requests: postRequest('/api/users/login', ['email', 'password', 'username'], fuzzClient),
    runs: 1000,
    accepts: clientError,
  },
  {
    name: 'forgot-password',
    server: 'cms',
    requests: postRequest('/api/users/forgot-password', ['email', 'username'], fuzzClient),
    runs: 500,
    // Any address that is a string gets the same 200, known or not (no account enumeration).
    accepts: (status) => status === 200 || clientError(status),
  },
  {
    name: 'reset-password',
    server: 'cms',
    requests: postRequest('/api/users/reset-password', ['token', 'password'], fuzzClient),
    runs: 300,
    accepts: clientError,
  },
  {
    name: 'REST reads',
    server: 'cms',
    requests: readRequest([
      ...COLLECTIONS.map((slug) => `/api/${slug}`),
      '/api/globals/site-settings',
      '/api/users/me',
      '/api/health',
      '/api/nope',
    ]),
    runs: 2500,
    accepts: readAnswer,
  },
  {
    name: 'site server',
    server: 'site',
    requests: staticRequest(),
    runs: 2000,
    accepts: (status) => status === 200 || status === 206 || status === 304 || clientError(status),
  },
]

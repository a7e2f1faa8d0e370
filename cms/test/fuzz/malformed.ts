import fc from 'fast-check'
import type { RawRequest } from './raw-request'

/**
 * Malformed input, built with fast-check: values of the wrong type, huge strings, deep nesting,
 * bytes that are not UTF-8, wrong content types and methods. Each generator returns a request
 * for the path it is given.
 */
const huge = fc.integer({ min: 5_000, max: 60_000 }).map((n) => 'ä'.repeat(n))
const nasty = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent as plain text
  '${7*7}',
  '__proto__',
  'constructor',
)
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  huge,
  nasty,
  fc.double(),
  fc.constantFrom(null, true, -1, Number.MAX_SAFE_INTEGER, 1e308),
)
const deepJson = fc
  .integer({ min: 50, max: 20_000 })
  .chain((depth) =>
    fc.constantFrom(`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, '['.repeat(depth)),
  )

/** A JSON-ish body: the right shape with wrong values, the wrong shape, or no JSON at all. */
export function jsonBody(fields: string[]): fc.Arbitrary<Buffer> {
  const wrongValues = fc
    .dictionary(fc.constantFrom(...fields, '__proto__', 'extra'), anyValue, { maxKeys: fields.length + 2 })
    .map((o) => JSON.stringify(o) ?? '')
  const wrongShape = anyValue.map((value) => JSON.stringify(value) ?? 'undefined')
  const text = fc.oneof(
    wrongValues,
    wrongShape,
    deepJson,
    fc.string({ maxLength: 300 }),
    fc.constantFrom('{', '{"a":}', 'null', '[]', '""', '{"email":'),
  )
  const badUtf8 = fc
    .uint8Array({ minLength: 1, maxLength: 400 })
    .map((bytes) =>
      Buffer.concat([Buffer.from('{"title":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(bytes), Buffer.from('"}')]),
    )
  return fc.oneof({ arbitrary: text.map((t) => Buffer.from(t)), weight: 4 }, { arbitrary: badUtf8, weight: 1 })
}

const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 5 },
  {
    arbitrary: fc.constantFrom(
      'text/plain',
      'text/plain; application/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-7',
      'application/jsonx',
      '',
      '*/*',
      'application/json\u00ff',
    ),
    weight: 3,
  },
)

/** A POST (or another method) with a malformed body. */
export function postRequest(path: string, fields: string[], headers: Record<string, string> = {}): fc.Arbitrary<RawRequest> {
  const method = fc.oneof(
    { arbitrary: fc.constant('POST'), weight: 8 },
    { arbitrary: fc.constantFrom('PUT', 'PATCH', 'DELETE', 'GET', 'TRACE', 'FOO', 'post'), weight: 1 },
  )
  return fc.record({ method, body: jsonBody(fields), type: contentType }).map(({ method, body, type }) => ({
    method,
    path,
    headers: { ...(type ? { 'content-type': type.replace(/[^\x20-\x7e]/g, '?') } : {}), ...headers },
    body,
  }))
}

const queryKey = fc.oneof(
  fc.constantFrom(
    'where[id][equals]',
    'where[title][like]',
    'where[or][0][and][1][_status][equals]',
    'where[hash][exists]',
    'where[site][in]',
    'depth',
    'limit',
    'page',
    'sort',
    'draft',
    'select[title]',
    'populate[themes]',
    'locale',
    'joins',
    'trash',
    'where[createdAt][greater_than]',
    'where[id][near]',
    'where[title][all]',
  ),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
)
const queryValue = fc.oneof(
  fc.constantFrom(
    'abc',
    '-1',
    '99999999999',
    'NaN',
    '1e400',
    'true',
    '',
    '[]',
    '{}',
    '%FF%FE',
    '%00',
    '..%2F..%2F',
    '*',
    '-createdAt,hash',
  ),
  fc.string({ maxLength: 60 }).map(encodeURIComponent),
  fc.integer({ min: 2_000, max: 6_000 }).map((n) => 'x'.repeat(n)),
)

/** A GET of a REST path with a malformed id segment and query. */
export function readRequest(paths: string[]): fc.Arbitrary<RawRequest> {
  const segment = fc.oneof(
    fc.constant(''),
    fc.constantFrom('/abc', '/-1', '/1.5', '/%00', '/%FF', '/versions', '/versions/abc', '/me', '/..%2f..%2f', '/1/../../'),
    fc.string({ maxLength: 20 }).map((s) => `/${encodeURIComponent(s)}`),
  )
  const query = fc.array(fc.tuple(queryKey, queryValue), { maxLength: 5 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))
  const auth = fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 4 },
    {
      arbitrary: fc.constantFrom(
        'JWT abc',
        'JWT eyJhbGciOiJub25lIn0.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIn0.',
        'Bearer x',
        'users API-Key abc',
        `JWT ${'a'.repeat(5000)}`,
      ),
      weight: 1,
    },
  )
  return fc.record({ path: fc.constantFrom(...paths), segment, query, auth }).map(({ path, segment, query, auth }) => ({
    method: 'GET',
    path: `${path}${segment}${query ? `?${query}` : ''}`,
    headers: (auth ? { authorization: auth } : {}) as Record<string, string>,
  }))
}

/** A raw path for a static server: traversal, encodings, bytes that are not UTF-8, odd methods. */
export function staticRequest(): fc.Arbitrary<RawRequest> {
  const piece = fc.oneof(
    fc.constantFrom('..', '%2e%2e', '%2f', '%5c', '%00', '%ff', '%c0%ae', '.', '~', 'index.html', '404.html', '_headers', '%', '%%', '\\'),
    fc.string({ maxLength: 12 }).map(encodeURIComponent),
  )
  const path = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => `/${parts.join('/')}`)
  const bytes = fc
    .uint8Array({ minLength: 1, maxLength: 40 })
    .map((b) => Buffer.concat([Buffer.from('/'), Buffer.from(b.map((x) => (x <= 0x20 || x === 0x7f ? 0x61 : x)))]))
  const method = fc.oneof(
    { arbitrary: fc.constant('GET'), weight: 6 },
    { arbitrary: fc.constantFrom('HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'BREW'), weight: 2 },
  )
  const headers = fc.oneof(
    fc.constant({}),
    fc.constantFrom(
      { range: 'bytes=9999999-1' },
      { 'accept-encoding': 'br;q=abc, *;q=-1' },
      { 'if-none-match': '"'.repeat(3000) },
      { 'if-modified-since': 'gisteren' },
    ),
  )
  return fc
    .record({ method, path: fc.oneof(path, bytes), headers })
    .map(({ method, path, headers }) => ({ method, path, headers: headers as Record<string, string> }))
}

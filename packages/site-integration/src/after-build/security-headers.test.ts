import { newsletterSubscribeUrl } from '@vsp/ui/integration'
import { describe, expect, it } from 'vitest'
import { netlifyHeaders, nginxHeaders } from './host-headers'
import { inlineHashes } from './inline-hashes'
import { contentSecurityPolicy, headerRules, IMMUTABLE_CACHE } from './security-headers'

const input = {
  scriptHashes: ['sha256-b', 'sha256-a', 'sha256-a'],
  styleHashes: ['sha256-s'],
  islandApi: 'https://cms.example.nl/api/island',
  statsApi: 'https://stats.example.nl',
}

describe("the sites' security headers (CWE-79/693, CWE-1021)", () => {
  const csp = contentSecurityPolicy(input)

  it('allows inline code only by hash, never unsafe-inline or unsafe-eval', () => {
    expect(csp).not.toMatch(/unsafe-/)
    expect(csp).toContain("script-src 'self' 'sha256-a' 'sha256-b';")
    expect(csp).toContain("style-src 'self' 'sha256-s';")
  })

  it('lets the islands reach their API, the players load after the click, and nobody frame the site', () => {
    expect(csp).toContain("connect-src 'self' https://cms.example.nl https://stats.example.nl;")
    expect(contentSecurityPolicy({ ...input, statsApi: 'https://cms.example.nl/stats' })).toContain(
      "connect-src 'self' https://cms.example.nl;",
    )
    expect(csp).toContain('frame-src https://www.youtube-nocookie.com https://player.vimeo.com;')
    expect(csp).toContain("img-src 'self' data:;")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
  })

  it('writes the same rules for Netlify/Cloudflare and nginx', () => {
    const rules = headerRules(input)
    const netlify = netlifyHeaders(rules)
    const nginx = nginxHeaders(rules)
    for (const header of [
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Strict-Transport-Security',
    ]) {
      expect(netlify).toContain(`  ${header}: `)
      // Both locations repeat it: nginx drops outer add_headers inside a location with its own.
      expect(nginx.match(new RegExp(`add_header ${header} `, 'g'))).toHaveLength(2)
    }
    expect(netlify).toContain(`/_astro/*\n  Cache-Control: ${IMMUTABLE_CACHE}`)
    expect(nginx).toContain('add_header Permissions-Policy "camera=()')
    expect(nginx).toContain('\\"https://player.vimeo.com\\"')
  })
})

describe('inline hashes', () => {
  it('hashes executable inline scripts and styles, skips data blocks and external scripts', () => {
    const html =
      '<script>alert(1)</script><script type="module">x()</script><script type="application/ld+json">{}</script><script src="/a.js"></script><style>a{}</style><p style="color:red">'
    const found = inlineHashes(html)
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(found.scripts).toEqual(['sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=', expect.stringMatching(/^sha256-/)])
    expect(found.styles).toHaveLength(1)
    expect(found.styleAttributes).toBe(1)
    // The same script again is the same hash (each distinct one is hashed once).
    expect(inlineHashes('<script>alert(1)</script>').scripts).toEqual([found.scripts[0]])
  })
  it('counts style attributes however they are spaced, and none in text', () => {
    expect(inlineHashes('<p\n  STYLE = "x"></p><div class="a" style="b"></div>').styleAttributes).toBe(2)
    expect(inlineHashes('<p>zet style= niet in een tag</p>').styleAttributes).toBe(0)
  })
  it('the CSP lets the sign-up form reach the newsletter API and nothing else (connect-src)', () => {
    const csp = contentSecurityPolicy({
      scriptHashes: [],
      styleHashes: [],
      islandApi: 'https://cms.example.nl/api/island',
      statsApi: 'https://cms.example.nl/stats',
    })
    const connect = /connect-src ([^;]+)/.exec(csp)?.[1].split(' ')
    expect(connect).toEqual(["'self'", new URL(newsletterSubscribeUrl('https://cms.example.nl/api/island')).origin])
  })
})

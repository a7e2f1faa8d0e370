import { withPayload } from '@payloadcms/next/withPayload'

// Headers for the admin and the API (CWE-1021 clickjacking, CWE-693). The CSP is set per request
// in src/proxy.ts (src/hardening/admin-csp.ts: it names the sites' preview origins, known only at
// start); the static sites get a strict hash-based CSP of their own.
const securityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  // HSTS only means something over https; a browser ignores it on http://localhost.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }]
  },
  // The admin is served by `next start`; no telemetry, no image optimizer calls out.
  images: { unoptimized: true },
  poweredByHeader: false,
  // No Turbopack build cache: the admin is built when its sources changed (ensureAdminBuild), and
  // then the cache hardly helped here (2.1 min warm, 2.2 min cold), while writing it took 12–17 s
  // and compacting it 22 s more, on every build, the fresh clone of CI included.
  experimental: { turbopackFileSystemCacheForBuild: false },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * The decoded path of a request, or null when it must be refused with 400 before any file
 * lookup (CWE-22): undecodable escapes, NUL bytes, backslashes and `..` segments, also when
 * they arrive percent-encoded (`/..%2f..%2fetc%2fpasswd`).
 */
export function safeRequestPath(url: string): string | null {
  const raw = url.split(/[?#]/, 1)[0] ?? ''
  if (!raw.startsWith('/')) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (/[\0\\]/.test(decoded)) return null
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return null
  return decoded
}

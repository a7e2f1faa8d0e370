/**
 * Demo mode: `npm start` and the tests (seeded demo content, demo logins, a secret generated per
 * data folder). Anything else is treated as production: it needs its own PAYLOAD_SECRET and gets
 * no demo accounts. Tests count as demo because every process they start inherits VITEST.
 */
export const isDemoMode = (env: Record<string, string | undefined> = process.env): boolean => env.CMS_DEMO === '1' || env.VITEST === 'true'

// Placeholders from templates and tutorials, and values people type when asked for "a secret".
const KNOWN_DEFAULTS = [
  'your_secret_here',
  'your-secret-here',
  'secret',
  'changeme',
  'change-me',
  'payload',
  'payloadcms',
  'test',
  'password',
  'development',
]

/** Why this secret must not sign production logins (CWE-798, CWE-1391), or undefined. */
export function secretProblem(secret: string | undefined): string | undefined {
  if (!secret) return 'PAYLOAD_SECRET ontbreekt. Zet een eigen geheim van minstens 32 tekens, bijvoorbeeld: openssl rand -hex 32'
  if (KNOWN_DEFAULTS.includes(secret.trim().toLowerCase()))
    return 'PAYLOAD_SECRET is een bekende standaardwaarde. Zet een eigen geheim: openssl rand -hex 32'
  if (secret.length < 32)
    return `PAYLOAD_SECRET is te kort (${secret.length} tekens, minstens 32). Zet een eigen geheim: openssl rand -hex 32`
  if (new Set(secret).size < 8) return 'PAYLOAD_SECRET is te eenvoudig. Zet een eigen geheim: openssl rand -hex 32'
  return undefined
}

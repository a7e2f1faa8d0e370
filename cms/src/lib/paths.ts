import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { isDemoMode, secretProblem } from './mode'

/** The cms/ folder, derived from this file so that scripts and Next agree on paths. */
export const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Git-ignored folder for the SQLite file, uploads and the generated secret. */
export const dataDir = path.resolve(process.env.CMS_DATA_DIR ?? path.join(cmsDir, 'data'))

export const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(dataDir, 'media'))

/** `DATABASE_URL` if set (postgres:// or file:), otherwise the SQLite file in the data folder. */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL
  if (url) return url
  return `file:${path.join(dataDir, 'cms.db')}`
}

export const isPostgres = (url: string) => /^postgres(ql)?:\/\//.test(url)

/**
 * PAYLOAD_SECRET from the environment. In demo mode (`npm start`, tests) one is generated once per
 * data folder, so that a fresh machine needs no hand-made .env file; anywhere else a missing or
 * default secret stops the CMS with a message saying what to set (lib/mode.ts).
 */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  if (isDemoMode()) return secret || generatedSecret()
  // `next build` loads the config too; the running server reads the secret again when it starts.
  if (process.env.NEXT_PHASE === 'phase-production-build') return secret || 'build-time-placeholder-never-signs-anything'
  const problem = secretProblem(secret)
  if (problem) throw new Error(`${problem}\n(Alleen in de demo, CMS_DEMO=1 zoals npm start het zet, maakt de CMS zelf een geheim.)`)
  return secret!
}

function generatedSecret(): string {
  const file = path.join(dataDir, '.payload-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return fs.readFileSync(file, 'utf8').trim()
}

/** Origins of the two sites, allowed to call the island API (CORS). */
export function siteOrigins(): string[] {
  const helpers = process.env.HELPERS_URL ?? `http://localhost:${process.env.HELPERS_PORT ?? 4321}`
  const professionals = process.env.PROFESSIONALS_URL ?? `http://localhost:${process.env.PROFESSIONALS_PORT ?? 4322}`
  return [helpers, professionals].map((url) => new URL(url).origin)
}

/** Where the admin is served: CMS_URL, or localhost on CMS_PORT. */
export function cmsUrl(): string {
  return new URL(process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? 3000}`).origin
}

/** The admin's origin, and its 127.0.0.1 twin when it runs on localhost. */
export function cmsOrigins(): string[] {
  const url = new URL(cmsUrl())
  if (url.hostname !== 'localhost') return [url.origin]
  return [url.origin, `${url.protocol}//127.0.0.1${url.port ? `:${url.port}` : ''}`]
}

/** Secure cookies everywhere but on plain http on this machine (development, tests). */
export function secureCookies(): boolean {
  const url = new URL(cmsUrl())
  return !(url.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(url.hostname))
}

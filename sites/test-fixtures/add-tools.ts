/**
 * Appends the seeded tools (in the CMS form shape) and the organisations they refer to to
 * snapshot.json, so the site tests build every tool page. Idempotent: documents already there
 * (by slug, and site for tools) are kept, except a tool whose definition is still empty, which gets the seeded one.
 * Run after make-snapshot.mjs: `pnpm exec tsx sites/test-fixtures/add-tools.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { formFromDefinition } from '../../packages/tool-engine/src/index'
import { organisations as seedOrganisations } from '../../scripts/seed/content/professionals/organisations'
import { tools as seedTools } from '../../scripts/seed/content/tools'

type Doc = Record<string, unknown> & { id: number; slug: string }
const file = fileURLToPath(new URL('./snapshot.json', import.meta.url))
const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { organisations: Doc[]; tools: Doc[] }
const stamp = { createdAt: '2025-01-15T10:00:00.000Z', updatedAt: '2025-02-01T10:00:00.000Z', _status: 'published' }
const nextId = (docs: Doc[]) => Math.max(0, ...docs.map((doc) => doc.id)) + 1

for (const org of seedOrganisations) {
  if (snapshot.organisations.some((doc) => doc.slug === org.slug)) continue
  snapshot.organisations.push({
    id: nextId(snapshot.organisations),
    ...stamp,
    ...org,
    contacts: org.contacts.map((contact, i) => ({ id: `${org.slug}-${i + 1}`, ...contact })),
  })
}

const idBySlug = new Map(snapshot.organisations.map((doc) => [doc.slug, doc.id]))
for (const tool of seedTools) {
  const definition = formFromDefinition(tool.definition, (slug) => idBySlug.get(slug))
  const existing = snapshot.tools.find((doc) => doc.slug === tool.slug && doc.site === tool.site)
  // Empty whatever the kind: no list with rows, no text filled in.
  const empty = (form: unknown) => Object.values((form ?? {}) as Record<string, unknown>).every((v) => v == null || v === '' || (Array.isArray(v) && v.length === 0))
  if (existing) {
    if (empty(existing.definition)) Object.assign(existing, { kind: tool.kind, intro: tool.intro ?? existing.intro, definition })
    continue
  }
  snapshot.tools.push({ id: nextId(snapshot.tools), ...stamp, ...tool, definition })
}

writeFileSync(file, `${JSON.stringify(snapshot, null, 2)}\n`)
console.log(`snapshot.json: ${snapshot.tools.length} tools, ${snapshot.organisations.length} organisations`)

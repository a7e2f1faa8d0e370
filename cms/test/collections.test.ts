import { describe, expect, it } from 'vitest'
import { COLLECTIONS, PER_SITE_COLLECTIONS } from '@vsp/content-models'
import configPromise from '../src/payload.config'
import { collectionsBySlug, internalCollections } from '../src/collections'

describe('collection settings', async () => {
  const config = await configPromise
  const internal = new Set(internalCollections.map((c) => c.slug))
  const ours = config.collections.filter((c) => !c.slug.startsWith('payload-') && !internal.has(c.slug))

  it('registers one collection per row of the content-types table, in its order', () => {
    expect(ours.map((c) => c.slug)).toEqual(COLLECTIONS)
    for (const [slug, collection] of Object.entries(collectionsBySlug)) expect(collection.slug).toBe(slug)
  })

  // Editors expect drafts, versions and scheduled publishing everywhere content is written.
  it.each(PER_SITE_COLLECTIONS)('%s has drafts, versions, scheduled publishing and a preview', (slug) => {
    const collection = config.collections.find((c) => c.slug === slug)!
    const drafts = collection.versions && typeof collection.versions.drafts === 'object' ? collection.versions.drafts : null
    expect(drafts?.schedulePublish).toBeTruthy()
    expect(collection.admin.preview).toBeTypeOf('function')
    expect(collection.fields.map((f) => ('name' in f ? f.name : null))).toEqual(
      expect.arrayContaining(['title', 'slug', 'site', '_status']),
    )
  })

  it('scheduled publishing has a job that runs in the server', () => {
    expect(config.jobs.tasks?.map((t) => t.slug)).toContain('schedulePublish')
    expect(config.jobs.autoRun).toBeTruthy()
  })

  it.each(internalCollections.map((c) => c.slug))('%s is bookkeeping: hidden from the admin and closed to everyone', async (slug) => {
    const collection = config.collections.find((c) => c.slug === slug)!
    expect(collection.admin.hidden).toBe(true)
    const asAdmin = { req: { user: { collection: 'users', role: 'admin' } } } as never
    for (const operation of ['read', 'create', 'update', 'delete'] as const)
      expect(await collection.access[operation]!(asAdmin)).toBe(false)
  })
})

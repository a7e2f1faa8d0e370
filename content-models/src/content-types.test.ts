import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import * as contentModels from './models/content'
import { serviceEvent } from './models/events'
import { user } from './models/settings'
import { COLLECTIONS, CONTENT_TYPES, PER_SITE_COLLECTIONS, SNAPSHOT_COLLECTIONS, collectionSchemas } from './content-types'
import { snapshot } from './snapshot'

const schemasInTable = Object.values(CONTENT_TYPES).map((t) => t.schema as z.ZodType)
const shapeOf = (schema: z.ZodType) => (schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {})

describe('the content-types table', () => {
  it('has a row for every document model (anything with a slug or a site is a collection)', () => {
    const models = Object.entries(contentModels).filter(
      ([, value]) => value instanceof z.ZodObject && ('slug' in value.shape || 'site' in value.shape || 'alt' in value.shape),
    )
    expect(models.length).toBeGreaterThan(10)
    for (const [name, schema] of models) expect(schemasInTable, `${name} has no row`).toContain(schema)
    expect(schemasInTable).toContain(user)
    expect(schemasInTable).toContain(serviceEvent)
  })

  it('marks a collection per-site exactly when its documents say which site they belong to', () => {
    for (const slug of SNAPSHOT_COLLECTIONS) {
      expect('site' in shapeOf(CONTENT_TYPES[slug].schema), slug).toBe(CONTENT_TYPES[slug].perSite)
    }
  })

  it('derives the lists from the table, in its order', () => {
    expect(COLLECTIONS).toEqual(Object.keys(CONTENT_TYPES))
    expect(COLLECTIONS).toContain('service-events')
    expect(SNAPSHOT_COLLECTIONS).toEqual(COLLECTIONS.filter((slug) => CONTENT_TYPES[slug].inSnapshot))
    expect(PER_SITE_COLLECTIONS).toEqual(SNAPSHOT_COLLECTIONS.filter((slug) => slug !== 'media'))
    expect(Object.keys(collectionSchemas)).toEqual(COLLECTIONS)
    expect(Object.keys(snapshot.shape)).toEqual(['generatedAt', ...SNAPSHOT_COLLECTIONS, 'siteSettings'])
    expect(SNAPSHOT_COLLECTIONS).not.toContain('users')
    expect(SNAPSHOT_COLLECTIONS).not.toContain('service-events')
  })
})

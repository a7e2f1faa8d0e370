import { describe, expect, it } from 'vitest'
import configPromise from '../src/payload.config'

// Editors expect drafts, versions and scheduled publishing everywhere content is written.
const CONTENT = ['checklists', 'themes', 'stappenplannen', 'videos', 'courses', 'course-modules', 'organisations', 'tools', 'landing-pages', 'helper-tips']

describe('collection settings', async () => {
  const config = await configPromise

  it.each(CONTENT)('%s has drafts, versions, scheduled publishing and a preview', (slug) => {
    const collection = config.collections.find((c) => c.slug === slug)!
    const drafts = collection.versions && typeof collection.versions.drafts === 'object' ? collection.versions.drafts : null
    expect(drafts?.schedulePublish).toBeTruthy()
    expect(collection.admin.preview).toBeTypeOf('function')
    expect(collection.fields.map((f) => ('name' in f ? f.name : null))).toEqual(expect.arrayContaining(['title', 'slug', 'site', '_status']))
  })

  it('scheduled publishing has a job that runs in the server', () => {
    expect(config.jobs.tasks?.map((t) => t.slug)).toContain('schedulePublish')
    expect(config.jobs.autoRun).toBeTruthy()
  })

  it('every collection checks access for every operation on the server', () => {
    for (const collection of config.collections.filter((c) => !c.slug.startsWith('payload-'))) {
      for (const op of ['read', 'create', 'update', 'delete'] as const) {
        expect(collection.access[op], `${collection.slug}.${op}`).toBeTypeOf('function')
      }
    }
  })
})

import { review as reviewSchema } from '@vsp/content-models'
import { describe, expect, it } from 'vitest'
import * as content from '../index'
import { CHECKED_ON, checkedPages, FACTS, organisationReviews, OWNERS, reviewFor } from './index'

/** Every seeded document that carries a review record, as the seed runner passes it. */
const documents = [
  ...content.checklists.map((doc) => ({ collection: 'checklists', doc })),
  ...[...content.helperThemes, ...content.professionalThemes].map((doc) => ({ collection: 'themes', doc })),
  ...content.stappenplannen.map((doc) => ({ collection: 'stappenplannen', doc })),
  ...content.videos.map((doc) => ({ collection: 'videos', doc })),
  ...[content.helperCourse, content.professionalCourse].map((doc) => ({ collection: 'courses', doc })),
  ...[content.helperCourse, content.professionalCourse].flatMap((c) => c.modules.map((doc) => ({ collection: 'course-modules', doc }))),
  ...content.organisations.map((doc) => ({ collection: 'organisations', doc })),
  ...content.tools.map((doc) => ({ collection: 'tools', doc })),
]
/** A seeded course holds its modules; they are documents of their own. */
const withoutModules = (doc: object) => ({ ...doc, modules: [] })
const key = ({ collection, doc }: (typeof documents)[number]) => `${collection}/${doc.site}/${doc.slug}`

describe('seeded review records', () => {
  it('every seeded document gets an owner and a record the model accepts', () => {
    expect(documents.length).toBeGreaterThan(60)
    for (const entry of documents) {
      const record = reviewFor(entry.collection, entry.doc)
      expect(record.owner, key(entry)).toMatch(/^Redactie /)
      const parsed = reviewSchema.safeParse(record)
      expect(parsed.success, `${key(entry)}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
    }
  })

  it('every organisation has its sources and a review date', () => {
    expect(Object.keys(organisationReviews).sort()).toEqual(content.organisations.map((o) => o.slug).sort())
    for (const org of content.organisations) {
      const record = reviewFor('organisations', org)
      expect(record.owner).toBe(OWNERS.organisations)
      expect(record.lastChecked, org.slug).toBe(CHECKED_ON)
      expect(record.sources?.length ?? 0, org.slug).toBeGreaterThan(0)
      // What no source confirmed is marked, and a page with such a source is not "verified".
      if (record.sources!.some((s) => !s.verified)) expect(record.status, org.slug).not.toBe('verified')
      if (record.status === 'partly' || record.status === 'unverified') {
        expect(record.sources!.some((s) => !s.verified) || Boolean(record.note), org.slug).toBe(true)
      }
    }
  })

  it('names only pages that exist, and leaves the others unchecked without a date', () => {
    const seeded = new Set(documents.map(key))
    expect(checkedPages.filter((page) => !seeded.has(page))).toEqual([])
    for (const entry of documents) {
      const record = reviewFor(entry.collection, entry.doc)
      if (entry.collection === 'organisations') continue
      if (checkedPages.includes(key(entry))) {
        expect(record).toMatchObject({ status: 'partly', lastChecked: CHECKED_ON })
        expect(record.sources!.length).toBeGreaterThan(0)
      } else {
        expect(record.status, key(entry)).toBe('unverified')
        expect(record.lastChecked, key(entry)).toBeUndefined()
      }
    }
  })

  // A page that states one of the corrected facts names that fact's source in the CMS.
  const claims: [keyof typeof FACTS, RegExp][] = [
    ['juridischLoket', /0900-8020/],
    ['schadefondsTermijn', /tien jaar na het misdrijf/],
    ['artikel12Termijn', /binnen drie maanden/],
    ['onlineAangifte', /online aangifte kan alleen|aangifte.{0,40}0900-8844/i],
    ['slachtofferloket', /slachtofferloket\.nl/],
    ['voegenTotRequisitoir', /officier van justitie zijn eis/],
    ['werkgever51f', /51f Sv/],
  ]
  it.each(claims)('every page that states the %s fact carries its source', (fact, pattern) => {
    const stating = documents.filter(
      (entry) =>
        entry.collection !== 'tools' && entry.collection !== 'organisations' && pattern.test(JSON.stringify(withoutModules(entry.doc))),
    )
    expect(stating.length).toBeGreaterThan(0)
    for (const entry of stating) {
      const urls = (reviewFor(entry.collection, entry.doc).sources ?? []).map((s) => s.url)
      expect(urls, key(entry)).toContain(FACTS[fact].url)
    }
  })
})

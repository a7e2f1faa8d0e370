import { readFileSync } from 'node:fs'
import type { SiteName, Snapshot } from '@vsp/content-models'
import { FIXTURE_SNAPSHOT } from '@vsp/test-support'
import { describe, expect, it } from 'vitest'
import { planPublish } from './affected-pages'
import { LinkIndex } from './site-index'

const fixture = (): Snapshot => JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8'))

/** A small helpers site: an overview, two checklists that link to each other, a theme page and a video. */
function helpersIndex(): LinkIndex {
  const index = new LinkIndex()
  index.set('/', ['/checklists/woninginbraak/', '/checklists/fraude/', '/iemand-ondersteunen/reageren-op-wat-iemand-doormaakt/'])
  index.set('/checklists/', ['/', '/checklists/woninginbraak/', '/checklists/fraude/'])
  index.set('/checklists/woninginbraak/', ['/', '/checklists/fraude/'])
  index.set('/checklists/fraude/', ['/'])
  index.set('/iemand-ondersteunen/reageren-op-wat-iemand-doormaakt/', ['/'])
  index.set('/videos/ervaringsverhaal-buurvrouw/', ['/'])
  index.set('/tips/', ['/'])
  return index
}

const edit = (change: (s: Snapshot) => void) => {
  const after = fixture()
  change(after)
  return after
}
const plan = (after: Snapshot, site: SiteName = 'helpers') => planPublish(fixture(), after, site, helpersIndex())

/** A new summary for a helpers theme that a checklist item refers to (without linking to it). */
function themeSummaryEdit() {
  const after = fixture()
  const theme = after.themes.find((t) => t.site === 'helpers' && t.section === 'iemand-ondersteunen')
  if (!theme) throw new Error('fixture has no helpers theme')
  after.checklists[1].items[0].theme = theme.id
  const before = fixture()
  before.checklists[1].items[0].theme = theme.id
  theme.summary = 'Een nieuwe samenvatting'
  return { theme, result: planPublish(before, after, 'helpers', helpersIndex()) }
}

describe('planPublish', () => {
  it('renders only its own page for a change of a checklist item', () => {
    const after = edit((s) => {
      s.checklists[1].items[0].text = 'Nieuwe tekst'
    })
    expect(plan(after)).toMatchObject({ kind: 'pages', render: ['/checklists/fraude/'], remove: [], documents: ['checklists:2'] })
  })

  it('adds the pages that link to a checklist when its title changes', () => {
    const after = edit((s) => {
      s.checklists[1].title = 'Fraude: wat u kunt doen'
    })
    expect(plan(after)).toMatchObject({
      kind: 'pages',
      render: ['/', '/checklists/', '/checklists/fraude/', '/checklists/woninginbraak/'],
      // the other checklist only links to it ("Lees ook"): it may follow; the lists may not
      later: ['/checklists/woninginbraak/'],
    })
  })

  it('defers no page when only the own page changes, and never a list or a page of another kind', () => {
    const own = plan(edit((s) => (s.checklists[1].items[0].text = 'Nieuwe tekst')))
    expect(own).toMatchObject({ kind: 'pages', later: [] })
    const { result } = themeSummaryEdit()
    expect(result).toMatchObject({ kind: 'pages', later: [] })
  })

  it('renders the pages of documents that refer to a theme, even without a link', () => {
    const { theme, result } = themeSummaryEdit()
    expect(result.kind).toBe('pages')
    if (result.kind === 'pages')
      expect(result.render).toEqual(expect.arrayContaining(['/', '/checklists/fraude/', `/iemand-ondersteunen/${theme.slug}/`]))
  })

  it('plans a chain of publishes as it plans each from scratch (referrers carried over from the snapshot before)', () => {
    // a theme that fraude does not refer to in the fixture
    const themeOf = (s: Snapshot) => {
      const theme = s.themes.find((t) => t.site === 'helpers' && t.section === 'goed-voor-uzelf-zorgen')
      if (!theme) throw new Error('fixture has no helpers theme')
      return theme
    }
    const withRef = fixture()
    withRef.checklists[1].items[0].theme = themeOf(withRef).id
    const summaryChanged = (s: Snapshot) => {
      const next = structuredClone(s)
      themeOf(next).summary = `${themeOf(next).summary} (herzien)`
      return next
    }
    for (const [first, second] of [
      [fixture(), withRef], // the reference comes in
      [withRef, fixture()], // and goes again
    ]) {
      const third = summaryChanged(second)
      planPublish(first, second, 'helpers', helpersIndex())
      const chained = planPublish(second, third, 'helpers', helpersIndex())
      const fresh = planPublish(structuredClone(second), third, 'helpers', helpersIndex())
      expect(chained).toEqual(fresh)
      if (chained.kind !== 'pages') throw new Error('expected pages')
      expect(chained.render.includes('/checklists/fraude/')).toBe(second === withRef)
    }
  })

  it('deletes the page of a removed checklist and renders the pages that linked to it', () => {
    const after = edit((s) => {
      s.checklists = s.checklists.filter((c) => c.slug !== 'fraude')
    })
    expect(plan(after)).toMatchObject({
      kind: 'pages',
      render: ['/', '/checklists/', '/checklists/woninginbraak/'],
      remove: ['/checklists/fraude/'],
    })
  })

  it('moves a checklist whose slug changed: the old address goes, lists are rendered again', () => {
    const after = edit((s) => {
      s.checklists[1].slug = 'oplichting'
    })
    const result = plan(after)
    expect(result).toMatchObject({ kind: 'pages', remove: ['/checklists/fraude/'] })
    if (result.kind === 'pages') {
      expect(result.render).toContain('/checklists/oplichting/')
      // A fixed page without links to checklists today may list one tomorrow.
      expect(result.render).toContain('/tips/')
      expect(result.render).not.toContain('/videos/ervaringsverhaal-buurvrouw/')
    }
  })

  it('renders a new checklist, every page that lists checklists and the fixed pages', () => {
    const after = edit((s) => {
      s.checklists.push({ ...s.checklists[1], id: 99, slug: 'stalking', title: 'Stalking' })
    })
    const result = plan(after)
    expect(result.kind).toBe('pages')
    if (result.kind === 'pages') {
      expect(result.render).toEqual(['/', '/checklists/', '/checklists/stalking/', '/checklists/woninginbraak/', '/tips/'])
      expect(result.remove).toEqual([])
    }
  })

  it('ignores a change to the other site only', () => {
    const after = edit((s) => {
      const plan = s.stappenplannen[0]
      plan.title = `${plan.title} (herzien)`
    })
    expect(plan(after)).toEqual({ kind: 'pages', render: [], remove: [], later: [], documents: [] })
    expect(plan(after, 'professionals')).toMatchObject({ kind: 'pages', documents: ['stappenplannen:1'] })
  })

  it('falls back to a full build for site settings and for collections without pages of their own', () => {
    expect(plan(edit((s) => (s.siteSettings.serviceLine.phone = '0900-0000000')))).toEqual({
      kind: 'full',
      reason: 'de site-instellingen zijn gewijzigd',
    })
    expect(plan(edit((s) => (s.organisations[0].title = 'Anders')))).toMatchObject({ kind: 'full' })
    expect(plan(edit((s) => (s['helper-tips'][0].body = 'Anders')))).toMatchObject({ kind: 'full' })
  })

  it('falls back to a full build when more pages are touched than asked', () => {
    const after = edit((s) => {
      s.checklists[1].title = 'Anders'
    })
    expect(planPublish(fixture(), after, 'helpers', helpersIndex(), { maxPages: 2 })).toMatchObject({ kind: 'full' })
  })
})

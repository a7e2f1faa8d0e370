import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateSnapshot } from '@vsp/content-models'
import { FIXTURE_SNAPSHOT } from '@vsp/test-support/fixtures'
import { forSite } from '../content/selectors'
import { siteUrls } from '../content/urls'
import { checklistPage, contentPages, lessonPage, modulePage, searchDocument, themePage, toolPage, videoPage } from './index'

const parsed = validateSnapshot(JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8')))
if (!parsed.ok) throw new Error('fixture invalid')
const helpers = forSite(parsed.snapshot, 'helpers')
const professionals = forSite(parsed.snapshot, 'professionals')
const helperUrls = siteUrls('helpers')
const professionalUrls = siteUrls('professionals')

describe('page models', () => {
  it('a checklist page: its delict above the title, its groups with their items, the search text in reading order', () => {
    const checklist = helpers.checklists.find((c) => c.slug === 'fraude')!
    const page = checklistPage(helpers, checklist, helperUrls)
    expect([page.url, page.eyebrow, page.title, page.lead]).toEqual([
      '/checklists/fraude/',
      'Checklist bij Fraude',
      'Checklist bij fraude',
      'Wat u kunt doen als iemand is opgelicht.',
    ])
    expect(page.groups.map((g) => [g.title, g.items.map((i) => i.key)])).toEqual([
      ['Ondersteunen bij aangifte', ['fr-1']],
      ['Reageren op wat iemand doormaakt', ['fr-2']],
    ])
    expect(page.crumbs.map((c) => c.href)).toEqual(['/', '/checklists/', '/checklists/fraude/'])
    const doc = searchDocument(page.search)
    expect(doc.text).toMatch(
      /^Checklist bij fraude Checklist bij Fraude Wat u kunt doen als iemand is opgelicht\. .*0 van 2 punten afgevinkt Ondersteunen bij aangifte Help de bank direct te bellen\./,
    )
    expect(doc.headings).toBe('Ondersteunen bij aangifte Reageren op wat iemand doormaakt')
    expect([doc.kind, doc.weight]).toEqual(['checklist', undefined])
  })

  it('a theme page names its section above the title on the professionals site only', () => {
    const helperTheme = helpers.themes.find((t) => t.slug === 'tips-voor-zelfzorg')!
    const professionalTheme = professionals.themes.find((t) => t.slug === 'signalenwijzer')!
    expect(themePage(helpers, helperTheme, helperUrls, 'helpers').eyebrow).toBeUndefined()
    expect(themePage(professionals, professionalTheme, professionalUrls, 'professionals').eyebrow).toBe('Praktische ondersteuning')
    const referral = themePage(
      professionals,
      professionals.themes.find((t) => t.section === 'doorverwijzen')!,
      professionalUrls,
      'professionals',
    )
    expect(referral.organisations.length).toBeGreaterThan(0)
    expect(referral.search.headings[referral.search.headings.length - referral.organisations.length - 1]).toBe(
      'Organisaties om naar door te verwijzen',
    )
  })

  it('a tool page says what its completion event sends, by kind', () => {
    const scored = toolPage(helpers.tools.find((t) => t.kind === 'scored')!, helperUrls)
    const tree = toolPage(helpers.tools.find((t) => t.kind === 'decision-tree')!, helperUrls)
    expect(scored.privacyNote).toContain('welke tool, de uitslag (de groep waarin uw score valt, zoals "op weg"), deze website')
    expect(tree.privacyNote).toContain('welke tool, het advies waar u uitkwam, deze website')
  })

  it('video, module and lesson pages: the line above the title', () => {
    expect(videoPage(helpers.videos[0], helperUrls).eyebrow).toMatch(/^Ervaringsverhaal · Duur: \d+/)
    const mod = helpers['course-modules'].find((m) => m.slug === 'in-8-stappen-beter-helpen')!
    expect(modulePage(mod, helperUrls).eyebrow).toBe('Basismodule · 45 minuten')
    expect(lessonPage(mod, 1, professionalUrls)).toMatchObject({
      url: '/trainingen/in-8-stappen-beter-helpen/2/',
      eyebrow: `${mod.title} · Les 2 van 3`,
    })
  })

  it('every page of content of a site has a model, with a unique URL', () => {
    for (const [site, content] of [
      ['helpers', helpers],
      ['professionals', professionals],
    ] as const) {
      const urls = contentPages(content, site).map((p) => p.url)
      expect(new Set(urls).size).toBe(urls.length)
      expect(urls.length).toBe(site === 'helpers' ? 19 : 16)
    }
  })
})

/**
 * The search documents a site's build would index, computed from a snapshot without building.
 *
 * The site itself indexes its built HTML (page-models/page-text.ts: the `<h1>` as title, the text
 * of `<main>` without its chrome, its h2–h6 as headings, every page but 404 and noindex). The
 * pages of content (themes, checklists, stappenplannen, videos, modules, lessons, tools) come
 * from their page models in `@vsp/ui/page-models`, the functions the pages render from; the
 * site tests compare each with the built page (sites/page-models.int.test.ts). The listing
 * pages (home, sections, overviews, contact) have no page model yet, so their text below is
 * still written after the templates by hand. scripts/bench/search-bench.ts checks the same
 * queries on the real built index.
 */
import {
  DELICT_LABELS,
  DELICTS,
  SECTOR_LABELS,
  THEME_SECTION_LABELS,
  VIDEO_KIND_LABELS,
  type Sector,
  type Snapshot,
} from '@vsp/content-models'
import { searchWeight, type SearchDocument } from '@vsp/search'
import {
  formatDuration,
  forSite,
  HELPER_SECTIONS,
  modulesOfCourse,
  PROFESSIONAL_PAGE_SECTIONS,
  siteUrls,
  sortByTitle,
  themesInSection,
  type SiteName,
} from '@vsp/ui'
import { contentPages, organisationListText, richContent, searchDocument } from '@vsp/ui/page-models'

type Part = string | null | undefined | false
const join = (...parts: (Part | Part[])[]) => parts.flat().filter(Boolean).join(' ')
const cards = (items: { title: string; summary?: string | null; meta?: string }[]) => items.flatMap((c) => [c.title, c.meta, c.summary])
const rich = (value: Parameters<typeof richContent>[0]) => richContent(value)

export function siteDocuments(snapshot: Snapshot, site: SiteName): SearchDocument[] {
  return [...contentPages(forSite(snapshot, site), site).map(searchDocument), ...listingDocuments(snapshot, site)]
}

/** Listing pages: still a hand-made copy of their templates (no page model yet). */
function listingDocuments(snapshot: Snapshot, site: SiteName): SearchDocument[] {
  const content = forSite(snapshot, site)
  const urls = siteUrls(site)
  const docs: SearchDocument[] = []
  const add = (url: string | undefined, title: string, text: string, kind?: string, section?: string, headings: Part[] = []) => {
    if (url)
      docs.push({ url, title, text: join(title, text), headings: join(headings), kind, section, weight: searchWeight({ url, kind }) })
  }
  const organisations = (orgs = content.organisations) => organisationListText(orgs)
  const courses = content.courses.map((course) => ({ course, modules: modulesOfCourse(content, course.id) }))
  const toolCards = cards(sortByTitle(content.tools))
  if (site === 'helpers')
    add(
      '/tools/',
      'Tools voor helpers',
      join('Beantwoord een paar vragen en krijg advies dat bij u past. Uw antwoorden blijven in uw eigen browser.', toolCards),
      'tools',
    )
  else
    add(
      '/tools/',
      'Tools voor professionals',
      join(
        'Beantwoord een paar vragen en krijg advies voor uw situatie of organisatie. Uw antwoorden blijven in uw eigen browser.',
        toolCards,
      ),
      'tools',
    )
  const level = (l: string) => (l === 'basis' ? 'Basismodule' : 'Verdiepende module')
  const moduleCards = (modules: (typeof content)['course-modules']) =>
    cards(
      modules.map((m) => ({
        ...m,
        meta: `${level(m.level)} · ${m.durationMinutes} minuten · ${m.lessons.length} ${m.lessons.length === 1 ? 'les' : 'lessen'}`,
      })),
    )
  const courseText = [
    'Volg de lessen in uw eigen tempo. Wat u afrondt, onthoudt alleen uw eigen browser.',
    ...courses.flatMap(({ course, modules }) => [course.title, course.summary, rich(course.intro).text, ...moduleCards(modules)]),
  ]
  const videoCards = cards(
    sortByTitle(content.videos).map((v) => ({ ...v, meta: `${VIDEO_KIND_LABELS[v.kind]} · ${formatDuration(v.durationSeconds)}` })),
  )

  if (site === 'helpers') {
    const checklists = [...content.checklists].sort((a, b) => DELICTS.indexOf(a.delict) - DELICTS.indexOf(b.delict))
    const pillars = HELPER_SECTIONS.flatMap((s) => [THEME_SECTION_LABELS[s], ...cards(themesInSection(content, s))])
    const lead =
      'Iemand in uw omgeving is slachtoffer geworden van een misdrijf. U wilt helpen, maar hoe? Hier vindt ' +
      'u wat u kunt doen. Check wat u kunt doen Kies wat er is gebeurd. U krijgt een checklist met concrete ' +
      'punten.'
    add(
      '/',
      'Voor de Helpers',
      join(
        lead,
        checklists.flatMap((c) => [DELICT_LABELS[c.delict], c.summary]),
        pillars,
      ),
      undefined,
    )
    for (const section of HELPER_SECTIONS) {
      const extra =
        section === 'hoe-doen-anderen-het'
          ? ['Ervaringsverhalen in video', ...cards(sortByTitle(content.videos)), 'Tips en ervaringen van andere helpers']
          : []
      add(
        siteUrls('helpers').section(section),
        THEME_SECTION_LABELS[section],
        join(cards(themesInSection(content, section)), extra),
        'pijler',
        section,
      )
    }
    const groups = DELICTS.flatMap((d) => {
      const list = content.checklists.filter((c) => c.delict === d)
      return list.length ? [DELICT_LABELS[d], ...list.map((c) => c.title)] : []
    })
    add('/checklists/', 'Check wat u kunt doen', join('Kies wat er is gebeurd.', groups), 'overzicht')
    add(urls.courseHome, 'Online cursus', join(courseText), 'cursus')
    add(
      '/tips/delen/',
      'Deel je tip of ervaring',
      'Wat hielp u toen u iemand steunde na een misdrijf? Uw tip kan een andere helper verder helpen.',
      'tips',
      'hoe-doen-anderen-het',
    )
    add(
      '/tips/',
      'Tips en ervaringen van andere helpers',
      join(content['helper-tips'].flatMap((t) => [t.title, t.body, t.signature])),
      'tips',
      'hoe-doen-anderen-het',
    )
    add(
      '/contact/',
      'Contact',
      join('Wilt u met iemand praten over hoe u helpt?', organisations(sortByTitle(content.organisations))),
      'contact',
    )
  } else {
    const sectorCards = themesInSection(content, 'sector').map((t) => ({
      title: SECTOR_LABELS[t.slug as Sector] ?? t.title,
      summary: t.summary,
    }))
    const sections = PROFESSIONAL_PAGE_SECTIONS.flatMap((s) => {
      const themes = themesInSection(content, s)
      return themes.length ? [THEME_SECTION_LABELS[s], ...themes.map((t) => t.title)] : []
    })
    add(
      '/',
      'Platform voor Professionals',
      join(
        cards(themesInSection(content, 'situatie')),
        sectorCards.flatMap((c) => [c.title, c.summary]),
        sections,
      ),
      undefined,
    )
    add(
      '/stappenplannen/',
      'Stappenplannen',
      join(cards(sortByTitle(content.stappenplannen).map((p) => ({ title: p.title, summary: p.summary ?? p.situation })))),
      'overzicht',
    )
    const trainingPages = themesInSection(content, 'trainingen').map((t) => t.title)
    add(urls.courseHome, 'Trainingen', join(courseText, trainingPages), 'cursus')
    add(
      '/advieslijn/',
      'Advieslijn',
      'Twijfelt u wat u moet doen? Overleg met een adviseur: over een cliënt, leerling of medewerker die slachtoffer is, of over een calamiteit in uw organisatie.',
      'contact',
    )
  }
  add('/videos/', "Video's", join(videoCards), 'overzicht')
  return docs
}

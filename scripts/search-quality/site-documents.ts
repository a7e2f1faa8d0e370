/**
 * The search documents a site's build would index, computed from a snapshot without building.
 *
 * The site itself indexes its built HTML (packages/ui/src/build/site-integration.ts: the `<h1>`
 * as title, the text of `<main>` without its chrome as text, its h2–h6 as headings, every page
 * but 404 and noindex). No function there turns a snapshot into documents, so this MIRRORS the
 * page templates: the same URLs (siteUrls) and the same visible text per page (rich text through
 * renderRichText, which is what the page renders), including listing pages, which compete in
 * the ranking with the same search weight as on the site (searchWeight,
 * packages/ui/src/build/search-weight.ts). Chrome is left out as page-text.ts leaves it out:
 * "Lees ook", "Meer video's", lesson navigation, "Op deze pagina". Not mirrored: contact lines,
 * headings of listing pages. scripts/bench/search-bench.ts checks the same queries on the real
 * built index.
 */
import {
  CONTACT_KIND_LABELS,
  DELICT_LABELS,
  DELICTS,
  PHASE_LABELS,
  SECTOR_LABELS,
  THEME_SECTION_LABELS,
  VIDEO_KIND_LABELS,
  type Sector,
  type Snapshot,
  type Theme,
} from '@vsp/content-models'
import { renderRichText } from '@vsp/richtext'
import { searchWeight, type SearchDocument } from '@vsp/search'
import { checklistGroups, formatDuration, forSite, HELPER_SECTIONS, modulesOfCourse, PROFESSIONAL_PAGE_SECTIONS, siteUrls, sortByTitle, themesInSection, videoPlayer, type SiteName } from '@vsp/ui'

type Part = string | null | undefined | false
const join = (...parts: (Part | Part[])[]) => parts.flat().filter(Boolean).join(' ')
/** Rich text as the page shows it (its "Op deze pagina" list is navigation, not indexed), and its headings. */
const rich = (value: Parameters<typeof renderRichText>[0]) => {
  const rendered = renderRichText(value)
  return { text: rendered.text, headings: rendered.toc.map((e) => e.text) }
}
/** What the islands (checklist ticker, lesson progress) render on the server; copied from the built pages. */
const STORED = 'Wat u aanvinkt, bewaren we alleen in deze browser op dit apparaat. Wis mijn gegevens'
/** ToolPage.astro's privacy note; the island itself renders no text until it runs. */
const TOOL_PRIVACY = 'Uw antwoorden blijven in deze browser. Ze worden niet opgeslagen en niet verstuurd; we tellen alleen anoniem dat de tool is gebruikt.'
const cards = (items: { title: string; summary?: string | null; meta?: string }[]) => items.flatMap((c) => [c.title, c.meta, c.summary])

export function siteDocuments(snapshot: Snapshot, site: SiteName): SearchDocument[] {
  const content = forSite(snapshot, site)
  const urls = siteUrls(site)
  const docs: SearchDocument[] = []
  const add = (url: string | undefined, title: string, text: string, kind?: string, section?: string, headings: Part[] = []) => {
    if (url) docs.push({ url, title, text: join(title, text), headings: join(headings), kind, section, weight: searchWeight({ url, kind }) })
  }
  const organisations = (orgs = content.organisations) =>
    orgs.flatMap((o) => [o.title, o.helpsWith, ...o.contacts.map((c) => `${CONTACT_KIND_LABELS[c.kind]}: ${c.label} ${c.hours ?? ''}`)])

  for (const theme of content.themes) {
    const url = urls.theme(theme)
    const orgs = site === 'professionals' && theme.section === 'doorverwijzen' ? organisations() : []
    const label = site === 'professionals' ? THEME_SECTION_LABELS[theme.section] : ''
    const body = rich(theme.body)
    const orgHeadings = orgs.length ? ['Organisaties om naar door te verwijzen', ...content.organisations.map((o) => o.title)] : []
    add(url, theme.title, join(label, theme.summary, body.text, orgs.length > 0 && 'Organisaties om naar door te verwijzen', orgs), 'thema', theme.section, [...body.headings, ...orgHeadings])
  }
  for (const checklist of content.checklists) {
    const groups = checklistGroups(content, checklist).map((g) => ({ title: g.theme?.title ?? 'Overige punten', items: g.items.flatMap((i) => [i.text, i.detail]) }))
    const intro = rich(checklist.intro)
    const text = join(`Checklist bij ${DELICT_LABELS[checklist.delict]}`, checklist.summary, intro.text, `0 van ${checklist.items.length} punten afgevinkt`, groups.flatMap((g) => [g.title, ...g.items]), STORED, 'Print deze checklist')
    add(urls.checklist(checklist), checklist.title, text, 'checklist', undefined, [...intro.headings, ...groups.map((g) => g.title)])
  }
  for (const plan of content.stappenplannen) {
    const phases = plan.phases.flatMap((p) => [PHASE_LABELS[p.phase], p.intro, ...p.steps.flatMap((s) => [s.title, s.action, `Wie: ${s.who}`])])
    const phaseHeadings = plan.phases.flatMap((p) => [PHASE_LABELS[p.phase], ...p.steps.map((s) => s.title)])
    const sectors = plan.sectors?.length ? `Sectoren: ${plan.sectors.map((s) => SECTOR_LABELS[s]).join(', ')}` : ''
    const intro = rich(plan.intro)
    add(urls.stappenplan(plan), plan.title, join('Stappenplan', plan.summary, `Situatie: ${plan.situation}`, sectors, intro.text, phases), 'stappenplan', undefined, [...intro.headings, ...phaseHeadings])
  }
  for (const video of content.videos) {
    const text = join(`${VIDEO_KIND_LABELS[video.kind]} · Duur: ${formatDuration(video.durationSeconds)}`, video.summary, video.captionsUrl && videoPlayer(video.hostingUrl).kind === 'iframe' && 'Ondertiteling downloaden', `Speel video af: ${video.title} (${formatDuration(video.durationSeconds)})`, 'De video wordt pas geladen als u op afspelen drukt; daarna komt hij van de videodienst.', 'Uitgeschreven tekst', video.transcript)
    add(urls.video(video), video.title, text, 'video', undefined, ['Uitgeschreven tekst'])
  }
  const courses = content.courses.map((course) => ({ course, modules: modulesOfCourse(content, course.id) }))
  for (const { modules } of courses) {
    for (const mod of modules) {
      add(urls.module(mod), mod.title, join(`${mod.level === 'basis' ? 'Basismodule' : 'Verdiepende module'} · ${mod.durationMinutes} minuten`, mod.summary, 'Begin met les 1 Lessen', `0 van ${mod.lessons.length} lessen afgerond`, mod.lessons.map((l, i) => `Les ${i + 1} : ${l.title}`), STORED), 'cursus', undefined, ['Lessen'])
      mod.lessons.forEach((lesson, i) => {
        const body = rich(lesson.body)
        add(urls.lesson(mod, i), lesson.title, join(`${mod.title} · Les ${i + 1} van ${mod.lessons.length}`, body.text, 'Ik heb deze les afgerond', STORED), 'les', undefined, body.headings)
      })
    }
  }
  for (const tool of content.tools) {
    add(urls.tool(tool), tool.title, join(tool.intro, TOOL_PRIVACY), 'tool')
  }
  const toolCards = cards(sortByTitle(content.tools))
  if (site === 'helpers') add('/tools/', 'Tools voor helpers', join('Beantwoord een paar vragen en krijg advies dat bij u past. Uw antwoorden blijven in uw eigen browser.', toolCards), 'tools')
  else add('/tools/', 'Tools voor professionals', join('Beantwoord een paar vragen en krijg advies voor uw situatie of organisatie. Uw antwoorden blijven in uw eigen browser.', toolCards), 'tools')
  const level = (l: string) => (l === 'basis' ? 'Basismodule' : 'Verdiepende module')
  const moduleCards = (modules: typeof content['course-modules']) =>
    cards(modules.map((m) => ({ ...m, meta: `${level(m.level)} · ${m.durationMinutes} minuten · ${m.lessons.length} ${m.lessons.length === 1 ? 'les' : 'lessen'}` })))
  const courseText = ['Volg de lessen in uw eigen tempo. Wat u afrondt, onthoudt alleen uw eigen browser.', ...courses.flatMap(({ course, modules }) => [course.title, course.summary, rich(course.intro).text, ...moduleCards(modules)])]
  const videoCards = cards(sortByTitle(content.videos).map((v) => ({ ...v, meta: `${VIDEO_KIND_LABELS[v.kind]} · ${formatDuration(v.durationSeconds)}` })))

  if (site === 'helpers') {
    const checklists = [...content.checklists].sort((a, b) => DELICTS.indexOf(a.delict) - DELICTS.indexOf(b.delict))
    const pillars = HELPER_SECTIONS.flatMap((s) => [THEME_SECTION_LABELS[s], ...cards(themesInSection(content, s))])
    const lead = 'Iemand in uw omgeving is slachtoffer geworden van een misdrijf. U wilt helpen, maar hoe? Hier vindt u wat u kunt doen. Check wat u kunt doen Kies wat er is gebeurd. U krijgt een checklist met concrete punten.'
    add('/', 'Voor de Helpers', join(lead, checklists.flatMap((c) => [DELICT_LABELS[c.delict], c.summary]), pillars), undefined)
    for (const section of HELPER_SECTIONS) {
      const extra = section === 'hoe-doen-anderen-het' ? ['Ervaringsverhalen in video', ...cards(sortByTitle(content.videos)), 'Tips en ervaringen van andere helpers'] : []
      add(siteUrls('helpers').section(section), THEME_SECTION_LABELS[section], join(cards(themesInSection(content, section)), extra), 'pijler', section)
    }
    const groups = DELICTS.flatMap((d) => {
      const list = content.checklists.filter((c) => c.delict === d)
      return list.length ? [DELICT_LABELS[d], ...list.map((c) => c.title)] : []
    })
    add('/checklists/', 'Check wat u kunt doen', join('Kies wat er is gebeurd.', groups), 'overzicht')
    add(urls.courseHome, 'Online cursus', join(courseText), 'cursus')
    add('/tips/delen/', 'Deel je tip of ervaring', 'Wat hielp u toen u iemand steunde na een misdrijf? Uw tip kan een andere helper verder helpen.', 'tips', 'hoe-doen-anderen-het')
    add('/tips/', 'Tips en ervaringen van andere helpers', join(content['helper-tips'].flatMap((t) => [t.title, t.body, t.signature])), 'tips', 'hoe-doen-anderen-het')
    add('/contact/', 'Contact', join('Wilt u met iemand praten over hoe u helpt?', organisations(sortByTitle(content.organisations))), 'contact')
  } else {
    const sectorCards = themesInSection(content, 'sector').map((t) => ({ title: SECTOR_LABELS[t.slug as Sector] ?? t.title, summary: t.summary }))
    const sections = PROFESSIONAL_PAGE_SECTIONS.flatMap((s) => {
      const themes = themesInSection(content, s)
      return themes.length ? [THEME_SECTION_LABELS[s], ...themes.map((t) => t.title)] : []
    })
    add('/', 'Platform voor Professionals', join(cards(themesInSection(content, 'situatie')), sectorCards.flatMap((c) => [c.title, c.summary]), sections), undefined)
    add('/stappenplannen/', 'Stappenplannen', join(cards(sortByTitle(content.stappenplannen).map((p) => ({ title: p.title, summary: p.summary ?? p.situation })))), 'overzicht')
    const trainingPages = themesInSection(content, 'trainingen').map((t) => t.title)
    add(urls.courseHome, 'Trainingen', join(courseText, trainingPages), 'cursus')
    add('/advieslijn/', 'Advieslijn', 'Twijfelt u wat u moet doen? Overleg met een adviseur: over een cliënt, leerling of medewerker die slachtoffer is, of over een calamiteit in uw organisatie.', 'contact')
  }
  add('/videos/', "Video's", join(videoCards), 'overzicht')
  return docs
}

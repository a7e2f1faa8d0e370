/**
 * The search documents a site's build would index, computed from a snapshot without building.
 *
 * The site itself indexes its built HTML (packages/ui/src/build/site-integration.ts: the `<h1>`
 * as title, the text of `<main>` as text, every page but 404 and noindex). No function there
 * turns a snapshot into documents, so this MIRRORS the page templates: the same URLs (siteUrls)
 * and the same visible text per page (rich text through renderRichText, which is what the page
 * renders), including listing pages, which compete in the ranking with the same search weight
 * as on the site (searchWeight, packages/ui/src/build/search-weight.ts). Not mirrored: related
 * links on professionals theme pages, tool islands, contact lines. scripts/bench/search-bench.ts checks the same queries on the real built index.
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
import { renderRichText, shouldShowToc } from '@vsp/richtext'
import type { SearchDocument } from '../../packages/search/src/index'
import { pickRelated } from '../../packages/ui/src/content/related'
import { checklistGroups, forSite, modulesOfCourse, relatedToDelict, sortByTitle, themesInSection, type SiteName } from '../../packages/ui/src/content/selectors'
import { HELPER_SECTIONS, PROFESSIONAL_PAGE_SECTIONS, siteUrls } from '../../packages/ui/src/content/urls'
import { formatDuration, videoPlayer } from '../../packages/ui/src/media/video-embed'
import { searchWeight } from '../../packages/ui/src/build/search-weight'

type Part = string | null | undefined | false
const join = (...parts: (Part | Part[])[]) => parts.flat().filter(Boolean).join(' ')
/** Rich text as the page shows it; with `toc`, the "Op deze pagina" list first, as RichText.astro does. */
const rich = (value: Parameters<typeof renderRichText>[0], toc = false) => {
  const rendered = renderRichText(value)
  const showToc = toc && shouldShowToc(rendered.toc, rendered.text)
  return join(showToc && ['Op deze pagina', ...rendered.toc.map((e) => e.text)], rendered.text)
}
/** What the islands (checklist ticker, lesson progress) render on the server; copied from the built pages. */
const STORED = 'Wat u aanvinkt, bewaren we alleen in deze browser op dit apparaat. Wis mijn gegevens'
const cards = (items: { title: string; summary?: string | null; meta?: string }[]) => items.flatMap((c) => [c.title, c.meta, c.summary])

export function siteDocuments(snapshot: Snapshot, site: SiteName): SearchDocument[] {
  const content = forSite(snapshot, site)
  const urls = siteUrls(site)
  const docs: SearchDocument[] = []
  const add = (url: string | undefined, title: string, text: string, kind?: string, section?: string) => {
    if (url) docs.push({ url, title, text: join(title, text), kind, section, weight: searchWeight({ url, kind }) })
  }
  const organisations = (orgs = content.organisations) =>
    orgs.flatMap((o) => [o.title, o.helpsWith, ...o.contacts.map((c) => `${CONTACT_KIND_LABELS[c.kind]}: ${c.label} ${c.hours ?? ''}`)])

  for (const theme of content.themes) {
    const url = urls.theme(theme)
    let related: string[] = []
    if (site === 'helpers') {
      const checklists = (theme.delicts ?? []).flatMap((d) => relatedToDelict(content, d).checklists)
      const links = pickRelated({ href: url, section: theme.section, topics: theme.delicts }, [
        ...checklists.map((c) => ({ href: urls.checklist(c), title: c.title, topics: [c.delict] })),
        ...themesInSection(content, theme.section).map((t) => ({ href: urls.theme(t), title: t.title, section: t.section, topics: t.delicts })),
      ])
      related = links.length ? ['Lees ook', ...links.map((l) => l.title)] : []
    }
    const orgs = site === 'professionals' && theme.section === 'doorverwijzen' ? ['Organisaties om naar door te verwijzen', ...organisations()] : []
    const label = site === 'professionals' ? THEME_SECTION_LABELS[theme.section] : ''
    add(url, theme.title, join(label, theme.summary, rich(theme.body, true), orgs, related), 'thema', theme.section)
  }
  for (const checklist of content.checklists) {
    const groups = checklistGroups(content, checklist).flatMap((g) => [g.theme?.title ?? 'Overige punten', ...g.items.flatMap((i) => [i.text, i.detail])])
    const related = relatedToDelict(content, checklist.delict, checklist.id)
    const links = pickRelated({ href: urls.checklist(checklist), topics: [checklist.delict] }, [
      ...related.checklists.map((c) => ({ href: urls.checklist(c), title: c.title, topics: [c.delict] })),
      ...related.themes.map((t) => ({ href: urls.theme(t), title: t.title, topics: t.delicts })),
    ]).map((l) => l.title)
    const text = join(`Checklist bij ${DELICT_LABELS[checklist.delict]}`, checklist.summary, rich(checklist.intro), `0 van ${checklist.items.length} punten afgevinkt`, groups, STORED, 'Print deze checklist', links.length ? ['Lees ook', ...links] : [])
    add(urls.checklist(checklist), checklist.title, text, 'checklist')
  }
  for (const plan of content.stappenplannen) {
    const phases = plan.phases.flatMap((p) => [PHASE_LABELS[p.phase], p.intro, ...p.steps.flatMap((s) => [s.title, s.action, `Wie: ${s.who}`])])
    const sectors = plan.sectors?.length ? `Sectoren: ${plan.sectors.map((s) => SECTOR_LABELS[s]).join(', ')}` : ''
    add(urls.stappenplan(plan), plan.title, join('Stappenplan', plan.summary, `Situatie: ${plan.situation}`, sectors, rich(plan.intro), phases), 'stappenplan')
  }
  for (const video of content.videos) {
    const others = pickRelated({ href: urls.video(video), section: video.kind }, sortByTitle(content.videos).map((v) => ({ href: urls.video(v), title: v.title, section: v.kind }))).map((l) => l.title)
    const text = join(`${VIDEO_KIND_LABELS[video.kind]} · Duur: ${formatDuration(video.durationSeconds)}`, video.summary, video.captionsUrl && videoPlayer(video.hostingUrl).kind === 'iframe' && 'Ondertiteling downloaden', `Speel video af: ${video.title} (${formatDuration(video.durationSeconds)})`, 'De video wordt pas geladen als u op afspelen drukt; daarna komt hij van de videodienst.', 'Uitgeschreven tekst', video.transcript, others.length ? ["Meer video's", ...others] : [])
    add(urls.video(video), video.title, text, 'video')
  }
  const courses = content.courses.map((course) => ({ course, modules: modulesOfCourse(content, course.id) }))
  for (const { modules } of courses) {
    for (const mod of modules) {
      add(urls.module(mod), mod.title, join(`${mod.level === 'basis' ? 'Basismodule' : 'Verdiepende module'} · ${mod.durationMinutes} minuten`, mod.summary, 'Begin met les 1 Lessen', `0 van ${mod.lessons.length} lessen afgerond`, mod.lessons.map((l, i) => `Les ${i + 1} : ${l.title}`), STORED), 'cursus')
      mod.lessons.forEach((lesson, i) => {
        const nav = [
          i > 0 ? `Vorige les: ${mod.lessons[i - 1].title}` : 'Terug naar het overzicht',
          i < mod.lessons.length - 1 ? `Volgende les: ${mod.lessons[i + 1].title}` : 'Klaar: naar het overzicht',
        ]
        add(urls.lesson(mod, i), lesson.title, join(`${mod.title} · Les ${i + 1} van ${mod.lessons.length}`, rich(lesson.body, true), 'Ik heb deze les afgerond', STORED, nav), 'les')
      })
    }
  }
  const level = (l: string) => (l === 'basis' ? 'Basismodule' : 'Verdiepende module')
  const moduleCards = (modules: typeof content['course-modules']) =>
    cards(modules.map((m) => ({ ...m, meta: `${level(m.level)} · ${m.durationMinutes} minuten · ${m.lessons.length} ${m.lessons.length === 1 ? 'les' : 'lessen'}` })))
  const courseText = ['Volg de lessen in uw eigen tempo. Wat u afrondt, onthoudt alleen uw eigen browser.', ...courses.flatMap(({ course, modules }) => [course.title, course.summary, rich(course.intro), ...moduleCards(modules)])]
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

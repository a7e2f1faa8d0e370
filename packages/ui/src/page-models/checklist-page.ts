import { DELICT_LABELS, type Checklist, type Snapshot } from '@vsp/content-models'
import type { ChecklistGroupProps } from '../islands/ChecklistTicker'
import { CLEAR_DATA_LABEL, checkedCount, STORED_NOTICE } from '../islands/island-text'
import { lastChecked, LAST_CHECKED_LABEL } from '../content/last-checked'
import { checklistGroups } from '../content/selectors'
import type { HelperUrls } from '../content/urls'
import { richContent, withSearch, type PageSearch } from './page-document'

export const PRINT_CHECKLIST_LABEL = 'Print deze checklist'

/** A checklist page: what it shows, in order, and what search reads from it. */
export function checklistPage(content: Snapshot, checklist: Checklist, urls: HelperUrls) {
  const url = urls.checklist(checklist)
  const eyebrow = `Checklist bij ${DELICT_LABELS[checklist.delict]}`
  const groups: ChecklistGroupProps[] = checklistGroups(content, checklist).map((group, g) => ({
    title: group.theme?.title ?? 'Overige punten',
    href: group.theme ? urls.theme(group.theme) : undefined,
    items: group.items.map((item, i) => ({ key: item.id ?? `${g}-${i}`, text: item.text, detail: item.detail ?? undefined })),
  }))
  const checked = lastChecked(checklist.review)
  const total = groups.reduce((n, group) => n + group.items.length, 0)
  const search = (): PageSearch => {
    const intro = richContent(checklist.intro, { headingOffset: 1 })
    return {
      url,
      title: checklist.title,
      kind: 'checklist',
      text: [
        eyebrow,
        checklist.summary,
        intro.text,
        checkedCount(0, total),
        ...groups.flatMap((group) => [group.title, ...group.items.flatMap((item) => [item.text, item.detail])]),
        STORED_NOTICE,
        CLEAR_DATA_LABEL,
        checked && `${LAST_CHECKED_LABEL} ${checked.date}`,
        PRINT_CHECKLIST_LABEL,
      ],
      headings: [...intro.headings, ...groups.map((group) => group.title)],
    }
  }
  const page = {
    url,
    title: checklist.title,
    description: checklist.summary,
    crumbs: [
      { label: 'Home', href: '/' },
      { label: 'Check wat u kunt doen', href: urls.checklists },
      { label: checklist.title, href: url },
    ],
    kind: 'checklist' as const,
    eyebrow,
    lead: checklist.summary,
    groups,
    storageKey: `checklist:${checklist.slug}`,
  }
  return withSearch(page, search)
}
export type ChecklistPage = ReturnType<typeof checklistPage>

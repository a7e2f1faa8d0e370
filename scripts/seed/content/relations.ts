/** Turns the slugs that seed content uses for relationships into document ids. */
import type { SeedChecklist } from './types'

/** A checklist's items with each theme slug replaced by the id of that helpers theme page. */
export function checklistItemsWithThemeIds<Id>(checklist: SeedChecklist, themeIds: ReadonlyMap<string, Id>) {
  return checklist.items.map((item) => {
    const theme = themeIds.get(`helpers/${item.theme}`)
    if (theme === undefined) throw new Error(`Checklist ${checklist.slug}: thema "${item.theme}" bestaat niet`)
    return { ...item, theme }
  })
}

import type { Snapshot, Theme } from '@vsp/content-models'
import { relatedToDelict, themesInSection } from '@vsp/ui'
import { urls } from './content'

/** What a professionals theme page links to: stappenplannen of its sector, themes alongside. */
export function relatedForTheme(content: Snapshot, theme: Theme) {
  const plans = content.stappenplannen.filter((p) => theme.section === 'sector' && p.sectors?.includes(theme.slug as never))
  const delictThemes = (theme.delicts ?? []).flatMap((d) => relatedToDelict(content, d).themes)
  const siblings = themesInSection(content, theme.section)
  return [
    ...plans.map((p) => ({ href: urls.stappenplan(p), title: p.title })),
    ...[...delictThemes, ...siblings]
      .filter((t) => t.id !== theme.id && urls.theme(t))
      .map((t) => ({ href: urls.theme(t)!, title: t.title })),
  ].filter((link, i, all) => all.findIndex((l) => l.href === link.href) === i)
}

import type { Snapshot, Theme } from '@vsp/content-models'
import { pickRelated, relatedToDelict, themesInSection, type RelatedLink } from '@vsp/ui'
import { urls } from './content'

/** What a professionals theme page links to: stappenplannen of its sector, themes alongside. */
export function relatedForTheme(content: Snapshot, theme: Theme): RelatedLink[] {
  const plans = content.stappenplannen.filter((p) => theme.section === 'sector' && p.sectors?.includes(theme.slug as never))
  const delictThemes = (theme.delicts ?? []).flatMap((d) => relatedToDelict(content, d).themes)
  const siblings = themesInSection(content, theme.section)
  // A sector page's own stappenplannen count as its section: they come first.
  return pickRelated({ href: urls.theme(theme), section: theme.section, topics: theme.delicts }, [
    ...plans.map((p) => ({ href: urls.stappenplan(p), title: p.title, section: theme.section, topics: theme.delicts })),
    ...[...delictThemes, ...siblings].map((t) => ({ href: urls.theme(t), title: t.title, section: t.section, topics: t.delicts })),
  ])
}

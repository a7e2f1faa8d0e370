import { THEME_SECTION_LABELS, type Snapshot, type Theme } from '@vsp/content-models'
import type { SiteName } from '../content/selectors'
import type { SiteUrls } from '../content/urls'
import { organisationListText } from './organisations'
import { richContent, withSearch, type PageSearch } from './page-document'

export const REFERRAL_ORGANISATIONS_HEADING = 'Organisaties om naar door te verwijzen'

/**
 * A theme page. The professionals site names the theme's section above the title, and its
 * doorverwijzen pages list the tools and the organisations to refer to.
 */
export function themePage(content: Snapshot, theme: Theme, urls: SiteUrls, site: SiteName) {
  const url = urls.theme(theme)
  const eyebrow = site === 'professionals' ? THEME_SECTION_LABELS[theme.section] : undefined
  const referral = site === 'professionals' && theme.section === 'doorverwijzen'
  const tools = referral ? content.tools : []
  const organisations = referral ? content.organisations : []
  const search = (): PageSearch => {
    const body = richContent(theme.body)
    return {
      url,
      title: theme.title,
      kind: 'thema',
      section: theme.section,
      text: [
        eyebrow,
        theme.summary,
        body.text,
        tools.length > 0 && ['Snel de juiste hulp vinden?', tools.map((t) => t.title).join(' · ')].join(' '),
        organisations.length > 0 && REFERRAL_ORGANISATIONS_HEADING,
        ...organisationListText(organisations),
      ],
      headings: [...body.headings, ...(organisations.length ? [REFERRAL_ORGANISATIONS_HEADING, ...organisations.map((o) => o.title)] : [])],
    }
  }
  const page = {
    url,
    title: theme.title,
    description: theme.summary,
    kind: 'thema' as const,
    section: theme.section,
    eyebrow,
    lead: theme.summary,
    tools,
    organisations,
  }
  return withSearch(page, search)
}

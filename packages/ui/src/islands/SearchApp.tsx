import { useEffect, useState } from 'react'
import { createSearchClient } from '@vsp/search/client'

type Result = { url: string; title: string; snippet: string }

/** The search page's results: reads ?q=, asks the static index, announces the count. */
export default function SearchApp({ baseUrl }: { baseUrl: string }) {
  const [query, setQuery] = useState('')
  const [results, setResults] = useState<Result[] | undefined>()
  const [status, setStatus] = useState('')

  useEffect(() => {
    const q = new URLSearchParams(window.location.search).get('q')?.trim() ?? ''
    setQuery(q)
    if (!q) return
    setStatus('Bezig met zoeken…')
    createSearchClient({ baseUrl })
      .search(q, { limit: 20 })
      .then((found) => {
        setResults(found)
        setStatus(
          found.length === 0
            ? `Geen resultaten voor “${q}”.`
            : `${found.length} ${found.length === 1 ? 'resultaat' : 'resultaten'} voor “${q}”.`,
        )
      })
      .catch(() => setStatus('Zoeken lukt nu niet. Probeer het later opnieuw.'))
  }, [baseUrl])

  return (
    <div>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search is the landmark every screen reader knows */}
      <form className="search-form" role="search" action="" method="get">
        <label htmlFor="zoekterm" className="visually-hidden">
          Zoekterm
        </label>
        <input id="zoekterm" type="search" name="q" value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        <button type="submit" className="button">
          Zoeken
        </button>
      </form>
      <p role="status" aria-live="polite">
        {status}
      </p>
      {results && results.length > 0 ? (
        <ol className="search-results" data-search-results>
          {results.map((r) => (
            <li key={r.url}>
              <a href={r.url}>{r.title}</a>
              {/* The snippet is escaped by the search package; only <mark> is markup. */}
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the snippet is escaped by @vsp/search, which adds only <mark> */}
              <p dangerouslySetInnerHTML={{ __html: r.snippet }} />
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  )
}

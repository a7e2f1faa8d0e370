/**
 * Search quality on the real seed content: every tuning query must put its page in the top
 * three. The index is built with buildSearchIndex from the documents the site would index
 * (site-documents.ts mirrors the page templates) and the seeded synonyms. Queries with a
 * `knownGap` are expected to fail today, but search must still find something for them; when
 * one starts to pass, its test fails, so the gap list stays true. The held-out set
 * (heldout-queries.ts) is only checked for valid pages here and measured, never required.
 */
import { describe, expect, it } from 'vitest'
import { SITE_NAMES, type SiteName } from '@vsp/content-models'
import { HELD_OUT_QUERIES } from './heldout-queries'
import { seededSearch } from './index-seed'
import { DEDICATED_PAGES, QUALITY_QUERIES } from './queries'
import { worstRank } from './rank'
import { isHit, recallAt3 } from './recall'

const { documents, search } = seededSearch()

async function rankOf(site: SiteName, query: string, page: string | string[]) {
  const results = await search(site, query)
  return { results, rank: worstRank(results, page), top: results.slice(0, 4).map((r) => `${r.url} (${r.score.toFixed(2)})`) }
}

describe('search quality on the seed content', () => {
  it('has at least 25 tuning and 60 held-out queries over both sites, and every expected page exists', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(25)
    for (const site of SITE_NAMES) expect(HELD_OUT_QUERIES.filter((q) => q.site === site).length).toBeGreaterThanOrEqual(30)
    const urls = {
      helpers: new Set(documents.helpers.map((d) => d.url)),
      professionals: new Set(documents.professionals.map((d) => d.url)),
    }
    for (const q of [...QUALITY_QUERIES, ...HELD_OUT_QUERIES])
      for (const page of [q.expect].flat()) expect(urls[q.site].has(page), `${q.query} → ${page}`).toBe(true)
    for (const d of DEDICATED_PAGES) expect(urls[d.site].has(d.page), d.page).toBe(true)
  })

  it('keeps the held-out set apart: no query is in both sets', () => {
    const tuning = new Set(QUALITY_QUERIES.map((q) => `${q.site} ${q.query.toLowerCase()}`))
    expect(HELD_OUT_QUERIES.filter((q) => tuning.has(`${q.site} ${q.query.toLowerCase()}`))).toEqual([])
  })

  it('passes at least 85% of the tuning queries', async () => {
    const { hits, total } = await recallAt3(QUALITY_QUERIES, search)
    expect(hits / total).toBeGreaterThanOrEqual(0.85)
  })

  for (const q of QUALITY_QUERIES) {
    const name = `${q.site}: "${q.query}" → ${[q.expect].flat().join(' or ')}`
    if (q.knownGap) {
      it(`known gap: ${name} (${q.knownGap})`, async () => {
        const { results, rank } = await rankOf(q.site, q.query, q.expect)
        expect(results.length, 'search finds nothing at all: that is a broken search, not this gap').toBeGreaterThan(0)
        expect(isHit(rank), 'this query passes now: remove its knownGap').toBe(false)
      })
    } else {
      it(name, async () => {
        const { rank, top } = await rankOf(q.site, q.query, q.expect)
        expect(rank, `top: ${top.join(', ')}`).toBeGreaterThanOrEqual(1)
        expect(rank, `top: ${top.join(', ')}`).toBeLessThanOrEqual(3)
      })
    }
  }

  for (const { site, page, queries } of DEDICATED_PAGES) {
    it(`${site}: ${page} ranks above every course lesson for ${queries.map((q) => `"${q}"`).join(', ')}`, async () => {
      const lessons = new Set(documents[site].filter((d) => d.kind === 'les').map((d) => d.url))
      for (const query of queries) {
        const results = await search(site, query)
        const position = results.findIndex((r) => r.url === page)
        const firstLesson = results.findIndex((r) => lessons.has(r.url))
        const top = results
          .slice(0, 4)
          .map((r) => `${r.url} (${r.score.toFixed(2)})`)
          .join(', ')
        expect(position, `"${query}": ${page} not found; top: ${top}`).toBeGreaterThanOrEqual(0)
        if (firstLesson >= 0)
          expect(results[position].score, `"${query}": a lesson ranks above ${page}; top: ${top}`).toBeGreaterThan(
            results[firstLesson].score,
          )
      }
    })
  }
})

/**
 * Prints recall@3 of the tuning set (queries.ts) and the held-out set (heldout-queries.ts) per
 * site, on the in-memory index of the seeded sites, with every miss.
 *   pnpm exec tsx scripts/search-quality/report.ts
 * The same sets on the real built sites, next to Pagefind: scripts/bench/search-bench.ts.
 * The held-out set's misses are printed only with --misses: it is there to be measured, not
 * worked through (see heldout-queries.ts).
 */
import { SITE_NAMES } from '@vsp/content-models'
import { HELD_OUT_QUERIES } from './heldout-queries'
import { seededSearch } from './index-seed'
import { QUALITY_QUERIES } from './queries'
import { percent, recallAt3 } from './recall'

const { search } = seededSearch()
const showHeldOutMisses = process.argv.includes('--misses')
for (const [name, set] of [
  ['tuning', QUALITY_QUERIES],
  ['held-out', HELD_OUT_QUERIES],
] as const) {
  for (const site of SITE_NAMES) {
    const recall = await recallAt3(
      set.filter((q) => q.site === site),
      search,
    )
    console.log(`${name} ${site}: recall@3 ${percent(recall)}`)
    if (name === 'tuning' || showHeldOutMisses)
      for (const miss of recall.misses)
        console.log(`  miss "${miss.query.query}" (rank ${miss.rank || '–'}) → ${miss.top.join(' ') || '(nothing)'}`)
  }
}

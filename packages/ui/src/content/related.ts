/** At most this many links in a "Lees ook" or "Meer video's" list. */
export const RELATED_LIMIT = 8

export interface RelatedLink {
  href: string
  title: string
}

/** A page that could be linked, with what makes it related: its section and its topics. */
export interface RelatedCandidate extends RelatedLink {
  /** theme section, video kind, ...: the group the page belongs to */
  section?: string
  /** delicts, sectors: what the page is about */
  topics?: readonly string[] | null
}

/** The page the list is for. */
export interface RelatedSubject {
  href?: string
  section?: string
  topics?: readonly string[] | null
}

function relatedness(subject: RelatedSubject, candidate: RelatedCandidate): number {
  const sameSection = subject.section !== undefined && candidate.section === subject.section
  const sharesTopic = Boolean(subject.topics?.some((topic) => candidate.topics?.includes(topic)))
  return Number(sameSection) + Number(sharesTopic)
}

/**
 * The most related pages, at most `limit`: pages that share both the section and a topic (a
 * delict, a sector) first, then those that share one of them, then the rest; within each, the
 * caller's order (callers pass lists in their reading order: by order, then title). Without a
 * cap a page lists every other page of its section, so pages and the build grow with N².
 * Linear in the number of candidates; the page itself and duplicates are dropped (one href is
 * one page, with one section and one set of topics, so a duplicate always lands in the same bucket).
 */
export function pickRelated(subject: RelatedSubject, candidates: Iterable<RelatedCandidate>, limit = RELATED_LIMIT): RelatedLink[] {
  const buckets: RelatedLink[][] = [[], [], []]
  const seen = new Set<string>()
  // The best bucket a candidate can reach: a subject without a section (or without topics) has
  // no candidate in the first one.
  const best = buckets[2 - (Number(subject.section !== undefined) + Number(Boolean(subject.topics?.length)))]
  for (const candidate of candidates) {
    if (candidate.href === subject.href) continue
    const bucket = buckets[2 - relatedness(subject, candidate)]
    // A bucket never needs more than `limit`: the best ones come from the earlier buckets anyway.
    // Only what is kept needs `seen`: a duplicate of what was not kept lands in the same full bucket.
    if (bucket.length < limit && !seen.has(candidate.href)) {
      seen.add(candidate.href)
      bucket.push({ href: candidate.href, title: candidate.title })
    }
    // Once the best bucket is full, no later candidate can change the result.
    if (best.length >= limit) break
  }
  return buckets.flat().slice(0, Math.max(0, limit))
}

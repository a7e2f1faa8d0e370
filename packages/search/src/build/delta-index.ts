import { deltaFile, manifestFile } from '../format/files'
import { fnv1a } from '../format/hash'
import { encodePostings } from '../format/postings'
import type { DeltaShard, IndexManifest } from '../format/types'
import type { BuildSearchIndexOptions, SearchDocument, SearchIndexFiles } from '../types'
import { analyzeCorpus, corpusAverages, invert, storedDocument, synonymMarks } from './build-index'
import { validateDocument } from './validate-document'

export interface SearchDeltaInput {
  /** The manifest of the base index, as the full build wrote it. */
  base: IndexManifest
  /** Base document ids that are gone or have a newer version in `docs`. */
  hidden: readonly number[]
  /** The current version of every document changed or added since the base index was built. */
  docs: readonly SearchDocument[]
}

/**
 * A small file on top of a built index, so that an incremental publish need not rebuild (and
 * recompress) every shard: the base's postings of hidden documents are ignored by the client, and
 * the delta's documents are searched beside them. Their weights use the base's average field
 * lengths, and the compound splitter knows the delta's own words (the base's word list is not
 * kept): scores can differ slightly from a full build of the same pages until the next one.
 * Returns the new manifest and the delta file; the base's shards stay as they are.
 */
export function buildSearchDelta(input: SearchDeltaInput, options: BuildSearchIndexOptions = {}): SearchIndexFiles {
  const { base, docs } = input
  docs.forEach(validateDocument)
  const corpus = analyzeCorpus(docs, options)
  const averages = base.averages ?? corpusAverages(corpus)
  const postings = invert(corpus, docs, averages, base.documents)
  const marks = synonymMarks(options)
  const delta: DeltaShard = { hidden: [...new Set(input.hidden)].sort((a, b) => a - b), docs: docs.map(storedDocument), postings: {} }
  for (const term of [...postings.keys()].sort()) {
    delta.postings[term] = encodePostings(postings.get(term) ?? [])
    const extra = marks.get(term)
    if (extra) (delta.marks ??= {})[term] = extra
  }
  const json = JSON.stringify(delta)
  const name = deltaFile(`${base.version}-${fnv1a(json).toString(36)}`)
  const { delta: _previous, ...plain } = base
  const manifest: IndexManifest = { ...plain, delta: name }
  return {
    files: new Map<string, string>([
      [manifestFile, JSON.stringify(manifest)],
      [name, json],
    ]),
  }
}

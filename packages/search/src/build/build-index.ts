import { analyze } from '../analysis/analyze'
import { docShardFile, manifestFile, termShardFile } from '../format/files'
import { fnv1a, shardOf } from '../format/hash'
import { encodePostings, type Posting } from '../format/postings'
import type { CorpusAverages, DocShard, IndexManifest, StoredDocument, TermShard } from '../format/types'
import { postingWeight } from '../format/weights'
import type { BuildSearchIndexOptions, SearchDocument, SearchIndexFiles } from '../types'
import { knownCompoundHeads } from './compound-heads'
import { CompoundSplitter } from './compounds'
import { documentTerms, type DocumentTerms } from './document-terms'
import { parseSynonyms, synonymWords } from './synonyms'
import { validateDocument } from './validate-document'

/** Aim for term shards of about this many JSON bytes (roughly a third of that gzip'd). */
const targetShardBytes = 64_000
const maxShards = 4096

export function analyzeCorpus(docs: readonly SearchDocument[], options: BuildSearchIndexOptions): DocumentTerms[] {
  const analyzed = docs.map((doc) => ({ title: analyze(doc.title), text: analyze(doc.text), headings: analyze(doc.headings ?? '') }))
  // The compound splitter's word list is the corpus itself (plus the synonyms and a few heads).
  const vocabulary = new Set<string>(knownCompoundHeads)
  for (const { title, text } of analyzed) for (const token of [...title, ...text]) vocabulary.add(token.surface)
  for (const word of synonymWords(options.synonyms ?? [])) vocabulary.add(word)
  const splitter = new CompoundSplitter(vocabulary)
  const synonyms = parseSynonyms(options.synonyms ?? [])
  return analyzed.map((fields) => documentTerms(fields, splitter, synonyms))
}

/** Average field lengths of a corpus (BM25's length normalisation). */
export function corpusAverages(terms: DocumentTerms[]): CorpusAverages {
  const average = (length: (doc: DocumentTerms) => number) => terms.reduce((sum, doc) => sum + length(doc), 0) / (terms.length || 1)
  return { text: average((doc) => doc.length), title: average((doc) => doc.titleLength) }
}

/** Postings of the documents; `firstId` numbers them (a delta's documents follow the base index's). */
export function invert(
  terms: DocumentTerms[],
  docs: readonly SearchDocument[],
  averages: CorpusAverages,
  firstId = 0,
): Map<string, Posting[]> {
  const { text: averageText, title: averageTitle } = averages
  const postings = new Map<string, Posting[]>()
  terms.forEach((doc, index) => {
    const id = firstId + index
    for (const term of new Set([...doc.text.keys(), ...doc.title.keys(), ...doc.headings.keys()])) {
      const frequency = { text: doc.text.get(term) ?? 0, title: doc.title.get(term) ?? 0, headings: doc.headings.get(term) ?? 0 }
      const lengths = { text: doc.length, averageText, title: doc.titleLength, averageTitle }
      const weight = postingWeight(frequency, lengths, docs[index].weight ?? 1)
      let list = postings.get(term)
      if (!list) postings.set(term, (list = []))
      list.push({ doc: id, weight })
    }
  })
  return postings
}

function autoShardCount(postings: Map<string, Posting[]>): number {
  let bytes = 0
  for (const [term, list] of postings) bytes += term.length + 6 + list.length * 7
  return Math.min(maxShards, Math.max(1, Math.ceil(bytes / targetShardBytes)))
}

export function synonymMarks(options: BuildSearchIndexOptions): Map<string, string[]> {
  const marks = new Map<string, string[]>()
  for (const { terms, alternatives } of parseSynonyms(options.synonyms ?? [])) {
    for (const term of terms) marks.set(term, [...new Set([...(marks.get(term) ?? []), ...alternatives.flat()])])
  }
  return marks
}

export function storedDocument(doc: SearchDocument): StoredDocument {
  const stored: StoredDocument = { url: doc.url, title: doc.title, text: doc.text }
  if (doc.id !== undefined) stored.id = doc.id
  if (doc.kind !== undefined) stored.kind = doc.kind
  if (doc.section !== undefined) stored.section = doc.section
  return stored
}

/**
 * Builds the static search index of one site: a tiny manifest, term shards (postings chosen by
 * the hash of the term) and doc shards (title, URL and snippet text). A query fetches the
 * manifest, the shards of its terms and the doc shards of the results it shows; nothing else.
 */
export function buildSearchIndex(docs: readonly SearchDocument[], options: BuildSearchIndexOptions = {}): SearchIndexFiles {
  docs.forEach(validateDocument)
  const terms = analyzeCorpus(docs, options)
  const averages = corpusAverages(terms)
  const postings = invert(terms, docs, averages)
  const shardCount = Math.max(1, Math.floor(options.shardCount ?? autoShardCount(postings)))
  const docsPerShard = Math.max(1, Math.floor(options.docsPerShard ?? 1))
  const marks = synonymMarks(options)

  const termShards: TermShard[] = Array.from({ length: shardCount }, () => ({ postings: {} }))
  for (const term of [...postings.keys()].sort()) {
    const shard = termShards[shardOf(term, shardCount)]
    shard.postings[term] = encodePostings(postings.get(term) ?? [])
    const extra = marks.get(term)
    if (extra) (shard.marks ??= {})[term] = extra
  }
  const docShards: DocShard[] = []
  docs.forEach((doc, id) => {
    ;(docShards[Math.floor(id / docsPerShard)] ??= []).push(storedDocument(doc))
  })

  const termJson = termShards.map((shard) => JSON.stringify(shard))
  const docJson = docShards.map((shard) => JSON.stringify(shard))
  const version = fnv1a([...termJson, ...docJson].join('\n')).toString(36)
  const manifest: IndexManifest = { format: 1, version, documents: docs.length, termShards: shardCount, docsPerShard, averages }

  const files = new Map<string, string | Uint8Array>([[manifestFile, JSON.stringify(manifest)]])
  termJson.forEach((json, shard) => files.set(termShardFile(version, shard), json))
  docJson.forEach((json, shard) => files.set(docShardFile(version, shard), json))
  return { files }
}

import { analyze, type AnalyzedToken } from '../analysis/analyze'
import { docShardFile, manifestFile, termShardFile } from '../format/files'
import { shardOf } from '../format/hash'
import { fnv1aJoined } from './version-hash'
import { encodePostings, type Posting } from '../format/postings'
import type { CorpusAverages, DocShard, IndexManifest, StoredDocument, TermShard } from '../format/types'
import { postingWeight } from '../format/weights'
import type { BuildSearchIndexOptions, SearchDocument, SearchIndexFiles } from '../types'
import { knownCompoundHeads } from './compound-heads'
import { CompoundSplitter } from './compounds'
import { documentTerms } from './document-terms'
import { parseSynonyms, type SynonymExpansion, synonymWords } from './synonyms'
import { validateDocument } from './validate-document'

/** Aim for term shards of about this many JSON bytes (roughly a third of that gzip'd). */
const targetShardBytes = 64_000
const maxShards = 4096

/** A document's indexable tokens; each distinct word's token object is shared (analyze.ts). */
export interface DocumentWords {
  title: AnalyzedToken[]
  text: AnalyzedToken[]
  headings: AnalyzedToken[]
}

/** A corpus analysed once: each document's words, and the splitter and synonyms its terms are made with. */
export interface AnalyzedCorpus {
  words: DocumentWords[]
  splitter: CompoundSplitter
  synonyms: SynonymExpansion[]
}

/**
 * Analyses every document once, and gathers the compound splitter's word list, which is the
 * corpus itself (plus the synonyms and a few heads).
 */
export function analyzeCorpus(docs: readonly SearchDocument[], options: BuildSearchIndexOptions): AnalyzedCorpus {
  const words: DocumentWords[] = docs.map((doc) => ({
    title: analyze(doc.title),
    text: analyze(doc.text),
    headings: analyze(doc.headings ?? ''),
  }))
  const vocabulary = new Set<string>(knownCompoundHeads)
  for (const { title, text } of words) {
    for (const token of title) vocabulary.add(token.surface)
    for (const token of text) vocabulary.add(token.surface)
  }
  for (const word of synonymWords(options.synonyms ?? [])) vocabulary.add(word)
  return { words, splitter: new CompoundSplitter(vocabulary), synonyms: parseSynonyms(options.synonyms ?? []) }
}

/** Average field lengths of a corpus (BM25's length normalisation). */
export function corpusAverages({ words }: AnalyzedCorpus): CorpusAverages {
  const average = (length: (doc: DocumentWords) => number) => words.reduce((sum, doc) => sum + length(doc), 0) / (words.length || 1)
  return { text: average((doc) => doc.text.length), title: average((doc) => doc.title.length) }
}

/**
 * The postings of every term. Each document's term counts are made, inverted and dropped one
 * document at a time; only the postings are kept for the whole corpus. `firstId` numbers the
 * documents (a delta's documents follow the base index's).
 */
export function invert(
  corpus: AnalyzedCorpus,
  docs: readonly SearchDocument[],
  averages: CorpusAverages,
  firstId = 0,
): Map<string, Posting[]> {
  const { words, splitter, synonyms } = corpus
  const { text: averageText, title: averageTitle } = averages
  const postings = new Map<string, Posting[]>()
  words.forEach((fields, index) => {
    const doc = documentTerms(fields, splitter, synonyms)
    const lengths = { text: doc.length, averageText, title: doc.titleLength, averageTitle }
    const terms = new Set(doc.text.keys())
    for (const term of doc.title.keys()) terms.add(term)
    for (const term of doc.headings.keys()) terms.add(term)
    for (const term of terms) {
      const frequency = { text: doc.text.get(term) ?? 0, title: doc.title.get(term) ?? 0, headings: doc.headings.get(term) ?? 0 }
      const weight = postingWeight(frequency, lengths, docs[index].weight ?? 1)
      let list = postings.get(term)
      if (!list) postings.set(term, (list = []))
      list.push({ doc: firstId + index, weight })
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

/** The doc shards of an index (title, URL and snippet text of each document), named by their own hash. */
export interface DocShardFiles {
  docsVersion: string
  files: Map<string, string>
}

/**
 * The doc shards alone. They depend on the documents only, not on the terms: a build can write
 * them (most of an index's files: one per page by default) while buildSearchIndex counts the terms.
 */
export function buildDocShards(docs: readonly SearchDocument[], options: BuildSearchIndexOptions = {}): DocShardFiles {
  const docsPerShard = Math.max(1, Math.floor(options.docsPerShard ?? 1))
  const docShards: DocShard[] = []
  docs.forEach((doc, id) => {
    ;(docShards[Math.floor(id / docsPerShard)] ??= []).push(storedDocument(doc))
  })
  const docJson = docShards.map((shard) => JSON.stringify(shard))
  const docsVersion = fnv1aJoined(docJson, '\n').toString(36)
  return { docsVersion, files: new Map(docJson.map((json, shard) => [docShardFile(docsVersion, shard), json])) }
}

/**
 * Builds the static search index of one site: a tiny manifest, term shards (postings chosen by
 * the hash of the term) and doc shards (title, URL and snippet text). A query fetches the
 * manifest, the shards of its terms and the doc shards of the results it shows; nothing else.
 * `docShards` is buildDocShards' result for the same documents and options, when the caller has
 * made it already.
 */
export function buildSearchIndex(
  docs: readonly SearchDocument[],
  options: BuildSearchIndexOptions = {},
  docShards: DocShardFiles = buildDocShards(docs, options),
): SearchIndexFiles {
  docs.forEach(validateDocument)
  const corpus = analyzeCorpus(docs, options)
  const averages = corpusAverages(corpus)
  const postings = invert(corpus, docs, averages)
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

  const termJson = termShards.map((shard) => JSON.stringify(shard))
  const { docsVersion } = docShards
  const version = fnv1aJoined([...termJson, docsVersion], '\n').toString(36)
  const manifest: IndexManifest = {
    format: 2,
    version,
    docsVersion,
    documents: docs.length,
    termShards: shardCount,
    docsPerShard,
    averages,
  }

  const files = new Map<string, string | Uint8Array>([[manifestFile, JSON.stringify(manifest)]])
  termJson.forEach((json, shard) => files.set(termShardFile(version, shard), json))
  for (const [name, json] of docShards.files) files.set(name, json)
  return { files }
}

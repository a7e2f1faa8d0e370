/**
 * The files of one index, relative to its base URL. Only the manifest has a fixed name; the
 * others carry a content hash (term shards the index version, doc shards the documents'
 * version), so a host may cache them for good and a rebuild never mixes a new manifest with old shards.
 */
export const manifestFile = 'manifest.json'

export function termShardFile(version: string, shard: number): string {
  return `t/${version}-${shard}.json`
}

export function docShardFile(version: string, shard: number): string {
  return `d/${version}-${shard}.json`
}

/** The delta an incremental publish writes on top of a built index (build/delta-index.ts). */
export function deltaFile(version: string): string {
  return `p/${version}.json`
}

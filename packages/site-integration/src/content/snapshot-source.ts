import { readFile } from 'node:fs/promises'

/** Content from a JSON snapshot (CONTENT_SNAPSHOT, set by the shared config); no database needed. */
export async function readContent(): Promise<unknown> {
  const file = process.env.CONTENT_SNAPSHOT
  if (!file) throw new Error('CONTENT_SNAPSHOT is niet gezet: geef het pad naar een content-snapshot (JSON).')
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new Error(`Kan de content-snapshot ${file} niet lezen: ${(error as Error).message}`)
  }
}

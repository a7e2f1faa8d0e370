import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

export type FileList = Iterable<readonly [string, string | Uint8Array]>

/**
 * Writes files on this thread, one at a time and synchronously: 10,000 small files through
 * libuv's thread pool took this machine 3 to 5 times as long and 8 times the CPU (thread
 * hand-offs, contention on one folder), and nothing else runs on this thread meanwhile.
 */
export function writeFilesHere(files: FileList): void {
  const folders = new Set<string>()
  for (const [target, content] of files) {
    const folder = path.dirname(target)
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true })
    folders.add(folder)
    writeFileSync(target, content)
  }
}

/**
 * The same on a second thread, while this one goes on (the search index's doc shards, one per
 * page, while its terms are counted). Resolves when every file is written.
 */
export function writeFilesInWorker(files: FileList): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./write-files-worker.mjs', import.meta.url), { workerData: [...files] })
    worker.once('error', reject)
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`schrijfthread stopte met code ${code}`))))
  })
}

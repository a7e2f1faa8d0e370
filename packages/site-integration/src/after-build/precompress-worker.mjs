// One worker of precompress.ts: packs the files it is given, then posts the totals.
// Plain JavaScript, so Node runs it as it is (it is loaded by path, outside Vite).
import { readFile, writeFile } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const { files, minBytes, brotliQuality, gzipLevel } = workerData
const totals = { files: 0, bytes: 0, brotliBytes: 0 }
for (const file of files) {
  const content = await readFile(file)
  if (content.length < minBytes) continue
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  })
  const gz = gzipSync(content, { level: gzipLevel })
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)])
  totals.files += 1
  totals.bytes += content.length
  totals.brotliBytes += br.length
}
parentPort.postMessage(totals)

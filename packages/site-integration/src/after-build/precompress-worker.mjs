// The worker of precompress.ts: packs the files it is given, a few at a time (zlib works on
// libuv's thread pool, so reading, packing and writing overlap), then posts the totals.
// Plain JavaScript, so Node runs it as it is (it is loaded by path, outside Vite).
import { readFile, writeFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { parentPort, workerData } from 'node:worker_threads'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
const { files, minBytes, brotliQuality, gzipLevel, inFlight } = workerData
const totals = { files: 0, bytes: 0, brotliBytes: 0 }

async function one(file) {
  const content = await readFile(file)
  if (content.length < minBytes) return
  const [br, gz] = await Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    gzipAsync(content, { level: gzipLevel }),
  ])
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)])
  totals.files += 1
  totals.bytes += content.length
  totals.brotliBytes += br.length
}

for (let i = 0; i < files.length; i += inFlight) await Promise.all(files.slice(i, i + inFlight).map(one))
parentPort.postMessage(totals)

/**
 * Media in S3-compatible object storage (cms/src/lib/storage.ts, README "Production"), against
 * a real S3 server: s3rver, an S3 HTTP API in Node that stores on disk, in this process. A
 * second CMS (`next start`) on the test database gets the S3 variables; an editor uploads a
 * photo with GPS in its EXIF over REST; the object is then read back through the S3 API
 * (ListObjectsV2, GetObject, with the AWS SDK the plugin uses): re-encoded, without EXIF
 * (CWE-359), and not in the local media folder. Staff get the same bytes from the CMS;
 * visitors, as with local files, get neither the file nor the list (CWE-200).
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { promisify } from 'node:util'
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { repoRoot } from '@vsp/steps'
import { s3Options } from '../src/lib/storage'
import { login } from './support/api'
import { expectNoExif, MARKER, photoWithGps, uploadImage } from './support/media'
import { type SecondCms, startSecondCms } from './support/second-cms'

const BUCKET = 'vsp-media'
const PREFIX = 'uploads'
// s3rver's own key pair; it checks request signatures against it.
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

const S3_ENV = {
  S3_BUCKET: BUCKET,
  S3_REGION: 'eu-west-1',
  S3_FORCE_PATH_STYLE: 'true',
  S3_PREFIX: PREFIX,
  S3_ACCESS_KEY_ID: KEYS.accessKeyId,
  S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-s3-'))
let server: S3rver
let endpoint: string
let cms: SecondCms

beforeAll(async () => {
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(dir, 's3'),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  })
  const { port } = await server.run()
  endpoint = `http://127.0.0.1:${port}`
  cms = await startSecondCms(inject('cmsDataDir'), {
    DATABASE_URL: inject('databaseUrl'),
    ...S3_ENV,
    S3_ENDPOINT: endpoint,
  })
})

/** Uploads this file leaves in the shared test database; removed again at the end (their files are in the bucket only). */
const uploads: number[] = []

afterAll(async () => {
  const auth = { authorization: `JWT ${await login('editor')}` }
  for (const id of uploads) await fetch(`${cms.url}/api/media/${id}`, { method: 'DELETE', headers: auth }).catch(() => undefined)
  await cms?.kill()
  await server?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const s3 = () => new S3Client({ region: 'eu-west-1', endpoint, forcePathStyle: true, credentials: KEYS })

describe('media in S3-compatible storage (s3rver)', () => {
  it('stores an editor upload in the bucket, re-encoded without EXIF, and serves it to staff only', async () => {
    const photo = await photoWithGps()
    expect(photo.includes(MARKER)).toBe(true) // the test photo does carry it
    const name = `s3-straat-${Date.now()}.jpg`
    const { status, json } = await uploadImage(cms.url, photo, 'image/jpeg', name)
    uploads.push(json.doc.id)
    expect(status, JSON.stringify(json)).toBe(201)
    const { filename } = json.doc as { filename: string }

    // In the bucket, under the prefix: found through the S3 API.
    const listed = await s3().send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${PREFIX}/` }))
    const keys = (listed.Contents ?? []).map((object) => object.Key)
    expect(keys).toContain(`${PREFIX}/${filename}`)
    const object = await s3().send(new GetObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}/${filename}` }))
    expect(object.ContentType).toBe('image/jpeg')
    const stored = Buffer.from(await object.Body!.transformToByteArray())
    expect(stored.equals(photo), 'the original was stored as uploaded').toBe(false)
    expect((await sharp(stored).metadata()).width).toBe(64)
    await expectNoExif(stored)
    // Not on the CMS's disk: the bucket is the only copy.
    const mediaDir = path.join(inject('cmsDataDir'), 'media')
    expect(fs.existsSync(path.join(mediaDir, filename)), 'a local copy was kept').toBe(false)

    // Staff: the CMS answers the file from the bucket, the same bytes.
    const served = await fetch(`${cms.url}${json.doc.url}`, { headers: { authorization: `JWT ${await login('editor')}` } })
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(stored)).toBe(true)

    // Visitors: as with local files, neither the file nor the list nor the document.
    expect([403, 404]).toContain((await fetch(`${cms.url}${json.doc.url}`)).status)
    expect((await fetch(`${cms.url}/api/media`)).status).toBe(403)
    expect((await fetch(`${cms.url}/api/media/${json.doc.id}`)).status).toBe(403)
  })

  it('removes the object from the bucket when the upload is deleted', async () => {
    const { json } = await uploadImage(cms.url, await photoWithGps(), 'image/jpeg', `s3-weg-${Date.now()}.jpg`)
    const key = `${PREFIX}/${json.doc.filename}`
    const keys = async () =>
      ((await s3().send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${PREFIX}/` }))).Contents ?? []).map((o) => o.Key)
    expect(await keys()).toContain(key)
    const deleted = await fetch(`${cms.url}/api/media/${json.doc.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${await login('editor')}` },
    })
    expect(deleted.status).toBe(200)
    expect(await keys()).not.toContain(key)
  })

  // The sites' builds and the publish worker read originals from MEDIA_DIR; with a bucket, the
  // snapshot export (the start of every rebuild and publish) copies them there first.
  it('copies the originals from the bucket into the media folder the sites are built from', async () => {
    const { json } = await uploadImage(cms.url, await photoWithGps(), 'image/jpeg', `s3-bouw-${Date.now()}.jpg`)
    uploads.push(json.doc.id)
    const filename = json.doc.filename as string
    const builderMedia = path.join(dir, 'builder-media')
    // Asynchronously: s3rver runs in this process and must go on answering while the export runs.
    const exportSnapshot = () =>
      promisify(execFile)('pnpm', ['exec', 'tsx', 'scripts/export-snapshot.ts', path.join(dir, 'snapshot.json')], {
        cwd: repoRoot,
        encoding: 'utf8',
        env: {
          ...process.env,
          ...S3_ENV,
          S3_ENDPOINT: endpoint,
          CMS_DATA_DIR: inject('cmsDataDir'),
          DATABASE_URL: inject('databaseUrl'),
          MEDIA_DIR: builderMedia,
          NODE_OPTIONS: '--conditions=production',
          PAYLOAD_DISABLE_JOBS: '1',
          // As in production: no development schema push (SQLite's push would redo the media
          // table for the storage plugin's settings, against a database the test CMS has open).
          NODE_ENV: 'production',
        },
      })
    const first = await exportSnapshot()
    expect(first.stdout).toMatch(/\[media\] \d+ bestand\(en\) uit de bucket/)
    const object = await s3().send(new GetObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}/${filename}` }))
    const copied = fs.readFileSync(path.join(builderMedia, filename))
    expect(copied.equals(Buffer.from(await object.Body!.transformToByteArray()))).toBe(true)
    // The test database also holds uploads of the local-storage tests: named, skipped, not fatal.
    expect(fs.readdirSync(builderMedia).filter((name) => name.endsWith('.part'))).toEqual([])
    // A second export finds the copy up to date and fetches nothing.
    const second = await exportSnapshot()
    expect(second.stdout).not.toMatch(/uit de bucket/)
  }, 120_000)

  // The plugin hands the SDK a stream when an upload went to a temporary file. With the SDK's
  // default checksums s3rver stored "c\r\n…\r\n0\r\nx-amz-checksum-crc32:…" instead of the file.
  it('with the client settings the CMS uses, a streamed upload arrives intact', async () => {
    const client = new S3Client(s3Options({ ...S3_ENV, S3_ENDPOINT: endpoint }).config)
    const bytes = await photoWithGps()
    const Key = `${PREFIX}/stroom-${Date.now()}.jpg`
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: Readable.from([bytes]), ContentLength: bytes.length }))
    const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key }))
    expect(Buffer.from(await object.Body!.transformToByteArray()).equals(bytes)).toBe(true)
  })
})

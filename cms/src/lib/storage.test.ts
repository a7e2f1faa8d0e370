import { describe, expect, it } from 'vitest'
import type { Config } from 'payload'
import { mediaStorage, s3Options } from './storage'

// A bare config with one upload collection, as Payload hands it to a plugin.
const bare = () =>
  ({ collections: [{ slug: 'media', upload: { staticDir: '/tmp/media' }, fields: [] }], endpoints: [] }) as unknown as Config

const media = async (env: Record<string, string>) => {
  const config = await mediaStorage(env)(bare())
  return config.collections!.find((c) => c.slug === 'media')!
}

describe('media storage', () => {
  it('keeps files in MEDIA_DIR when no bucket is set', async () => {
    expect(s3Options({}).enabled).toBe(false)
    const collection = await media({})
    expect(collection.upload).toEqual({ staticDir: '/tmp/media' })
    expect(collection.hooks?.afterChange ?? []).toEqual([])
  })

  it('sends uploads to the bucket when S3_BUCKET is set: no local copy, served through Payload', async () => {
    const collection = await media({ S3_BUCKET: 'vsp-media', S3_REGION: 'eu-central-1' })
    const upload = collection.upload as { disableLocalStorage?: boolean; handlers?: unknown[] }
    expect(upload.disableLocalStorage).toBe(true)
    // Files are still answered by /api/media/file/…, behind the media access rules (staff only).
    expect(upload.handlers).toHaveLength(1)
    expect(collection.hooks?.afterChange?.length).toBeGreaterThan(0)
    expect(collection.hooks?.afterDelete?.length).toBeGreaterThan(0)
  })

  // One set of migrations for both: switching storage must not change the schema.
  it('adds the same fields with and without a bucket', async () => {
    const names = async (env: Record<string, string>) => (await media(env)).fields.map((f) => ('name' in f ? f.name : '')).sort()
    expect(await names({})).toEqual(await names({ S3_BUCKET: 'vsp-media' }))
    expect(await names({})).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
  })

  it('reads endpoint, path style, prefix and keys for S3-compatible stores (MinIO, R2)', () => {
    const options = s3Options({
      S3_BUCKET: ' vsp-media ',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: 'uploads',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    })
    expect(options).toMatchObject({
      enabled: true,
      bucket: 'vsp-media',
      acl: 'private',
      collections: { media: { prefix: 'uploads' } },
      config: {
        endpoint: 'http://127.0.0.1:9000',
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        forcePathStyle: true,
        region: 'us-east-1',
        credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
      },
    })
    // Without both keys the SDK's own chain (instance role, AWS_* variables) applies.
    expect(s3Options({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' }).config).not.toHaveProperty('credentials')
    // AWS itself keeps the SDK's default checksums.
    expect(s3Options({ S3_BUCKET: 'b' }).config).not.toHaveProperty('requestChecksumCalculation')
  })
})

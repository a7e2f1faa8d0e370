import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

type Env = Record<string, string | undefined>

/**
 * The registry has @payloadcms/storage-s3 (and its plugin-cloud-storage) only up to 3.90.1, a
 * patch behind payload 3.90.2, and Payload's start-up check refuses any difference outside
 * production ("All payload packages must have the same version"). The check is turned off
 * here, and cms/test/payload-versions.test.ts does its job instead: one copy of payload and of
 * @payloadcms/ui, every other Payload package on payload's exact version, only these two a
 * patch behind. Remove this line when storage-s3 catches up.
 */
export const STORAGE_VERSION_LAG = ['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage']
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

/**
 * Where uploaded media go: the folder MEDIA_DIR by default; an S3-compatible bucket (AWS S3,
 * MinIO, Cloudflare R2, Scaleway, …) when S3_BUCKET is set, with S3_REGION, S3_ENDPOINT (for
 * anything but AWS), S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (or the SDK's own credential
 * chain), S3_FORCE_PATH_STYLE=true for MinIO and S3_PREFIX for a folder in the bucket.
 * The bucket stays private: files are still served through Payload's `/api/media/file/…`,
 * which checks the media access rules (staff only).
 */
export function s3Options(env: Env = process.env) {
  const bucket = env.S3_BUCKET?.trim()
  const credentials =
    env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
      : undefined
  return {
    enabled: Boolean(bucket),
    // The plugin's fields (prefix, _objectKey) are in the schema either way (a prefix, even an
    // empty one, keeps `prefix` when enabled), so one set of migrations serves both: switching
    // storage never needs a migration (cms/src/lib/storage.test.ts).
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    collections: { media: { prefix: env.S3_PREFIX ?? '' } },
    acl: 'private' as const,
    config: {
      region: env.S3_REGION || 'us-east-1',
      // Not AWS: checksums only where S3 requires them. The SDK otherwise sends a streamed body
      // as aws-chunked with a CRC32 trailer, which not every S3-compatible server decodes:
      // s3rver stored the chunk framing as the file (cms/test/media-s3.int.test.ts).
      ...(env.S3_ENDPOINT
        ? {
            endpoint: env.S3_ENDPOINT,
            requestChecksumCalculation: 'WHEN_REQUIRED' as const,
            responseChecksumValidation: 'WHEN_REQUIRED' as const,
          }
        : {}),
      ...(env.S3_FORCE_PATH_STYLE === 'true' ? { forcePathStyle: true } : {}),
      ...(credentials ? { credentials } : {}),
    },
  }
}

/** The storage plugin for the config's `plugins`. */
export function mediaStorage(env: Env = process.env): Plugin {
  return s3Storage(s3Options(env))
}

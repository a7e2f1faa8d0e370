import fs from 'node:fs'
import path from 'node:path'
import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3'
import { s3Options } from './storage'

type Env = Record<string, string | undefined>

interface MediaRecord {
  filename?: string | null
  prefix?: string | null
  updatedAt?: string | null
}

/**
 * With media in a bucket (S3_BUCKET), the sites' builds and the publish worker still read the
 * originals from MEDIA_DIR (they make their own image variants and never ask the CMS). Before a
 * snapshot is handed on, this copies into that folder each original that is missing there or
 * older than its record, so the folder is a cache of the bucket on the machine that builds.
 * Without a bucket it does nothing: the uploads are in MEDIA_DIR already.
 */
export async function mirrorMediaFromBucket(
  media: readonly MediaRecord[],
  dir: string,
  env: Env = process.env,
): Promise<{ fetched: number; present: number; missing: string[] }> {
  const options = s3Options(env)
  if (!options.enabled) return { fetched: 0, present: media.length, missing: [] }
  const client = new S3Client(options.config)
  let fetched = 0
  let present = 0
  const missing: string[] = []
  try {
    fs.mkdirSync(dir, { recursive: true })
    for (const record of media) {
      if (!record.filename) continue
      // Payload's own file names; never a path out of the folder.
      const name = path.basename(record.filename)
      const target = path.join(dir, name)
      const changed = record.updatedAt ? Date.parse(record.updatedAt) : Number.POSITIVE_INFINITY
      if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= changed) {
        present++
        continue
      }
      const prefix = record.prefix ?? options.collections.media.prefix
      const key = prefix ? `${prefix}/${name}` : name
      // A record whose file is not in the bucket (uploaded before the move to S3) leaves its
      // pages without that image, as a missing local file does; it does not stop the publish.
      const object = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: key })).catch((error) => {
        if (error instanceof NoSuchKey) return undefined
        throw error
      })
      if (!object) {
        missing.push(key)
        continue
      }
      if (!object.Body) throw new Error(`media ${key}: leeg antwoord van de bucket`)
      const temporary = `${target}.${process.pid}.part`
      fs.writeFileSync(temporary, await object.Body.transformToByteArray())
      fs.renameSync(temporary, target)
      fetched++
    }
  } finally {
    client.destroy()
  }
  return { fetched, present, missing }
}

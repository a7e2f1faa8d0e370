/**
 * Back-up and restore of the database and the uploads, while the CMS runs:
 *   pnpm exec tsx scripts/backup.ts backup [target-folder]
 *   pnpm exec tsx scripts/backup.ts restore <backup-folder>     (into an empty instance)
 * Uses DATABASE_URL, CMS_DATA_DIR and MEDIA_DIR like the CMS. SQLite: the online backup API, into
 * an empty CMS_DATA_DIR. PostgreSQL: pg_dump and pg_restore (the client programs must be
 * installed), into an empty database. With S3 storage the bucket is backed up by its provider.
 * The PAYLOAD_SECRET is not in a backup: keep it apart.
 */
import path from 'node:path'
import { databaseUrl, dataDir, isPostgres, mediaDir } from '@vsp/cms/paths'
import { backupInstance, backupPostgres, restoreInstance, restorePostgres } from '@vsp/steps'

const [command, folder] = process.argv.slice(2)
const url = databaseUrl()
const postgres = isPostgres(url)
const database = postgres ? url : path.resolve(url.replace(/^file:/, ''))

if (command === 'backup') {
  const target = path.resolve(folder ?? path.join(dataDir, '..', 'backups', `cms-${new Date().toISOString().replace(/[:.]/g, '-')}`))
  const manifest = postgres
    ? await backupPostgres({ url, media: mediaDir, target })
    : await backupInstance({ database, media: mediaDir, target })
  const rows = Object.values(manifest.database.rows).reduce((a, b) => a + b, 0)
  console.log(
    `Backup written to ${target}: database ${(manifest.database.bytes / 1e6).toFixed(1)} MB (${rows} rows${postgres ? ', pg_dump' : ', integrity ok'}), ${manifest.media.files} media files`,
  )
} else if (command === 'restore' && folder) {
  const source = path.resolve(folder)
  const manifest = postgres
    ? await restorePostgres({ source, url, media: mediaDir })
    : await restoreInstance({ source, database, media: mediaDir })
  console.log(
    `Restored the backup of ${manifest.createdAt}${postgres ? '' : ` into ${path.dirname(database)}`}: ${manifest.media.files} media files`,
  )
} else {
  console.error('Usage: tsx scripts/backup.ts backup [target-folder] | restore <backup-folder>')
  process.exit(2)
}

/**
 * Back-up and restore of the SQLite database and the uploads, while the CMS runs:
 *   pnpm exec tsx scripts/backup.ts backup [target-folder]
 *   pnpm exec tsx scripts/backup.ts restore <backup-folder>     (into an empty CMS_DATA_DIR)
 * Uses CMS_DATA_DIR and MEDIA_DIR like the CMS. PostgreSQL: use pg_dump/pg_restore and copy the
 * media folder (or the S3 bucket) with it. The PAYLOAD_SECRET is not in a backup: keep it apart.
 */
import path from 'node:path'
import { databaseUrl, dataDir, isPostgres, mediaDir } from '@vsp/cms/paths'
import { backupInstance, restoreInstance } from '@vsp/steps'

const [command, folder] = process.argv.slice(2)
const url = databaseUrl()
if (isPostgres(url)) throw new Error('DATABASE_URL is PostgreSQL: gebruik pg_dump/pg_restore (zie scripts/backup.ts).')
const database = path.resolve(url.replace(/^file:/, ''))

if (command === 'backup') {
  const target = path.resolve(folder ?? path.join(dataDir, '..', 'backups', `cms-${new Date().toISOString().replace(/[:.]/g, '-')}`))
  const manifest = await backupInstance({ database, media: mediaDir, target })
  const rows = Object.values(manifest.database.rows).reduce((a, b) => a + b, 0)
  console.log(
    `Backup written to ${target}: database ${(manifest.database.bytes / 1e6).toFixed(1)} MB (${rows} rows, integrity ok), ${manifest.media.files} media files`,
  )
} else if (command === 'restore' && folder) {
  const manifest = await restoreInstance({ source: path.resolve(folder), database, media: mediaDir })
  console.log(`Restored the backup of ${manifest.createdAt} into ${path.dirname(database)}: ${manifest.media.files} media files`)
} else {
  console.error('Usage: tsx scripts/backup.ts backup [target-folder] | restore <backup-folder>')
  process.exit(2)
}

import type { Env } from '../env'

/** Where the media files are, for the advice below. */
function mediaLine(env: Env, verb: 'back up' | 'restore'): string {
  if (env.s3 !== null) {
    return `- Media files live in object storage (bucket ${env.s3.bucket}), not in MongoDB: ${verb === 'back up' ? 'keep them with the bucket’s versioning or replication, or copy the bucket with your storage tool' : 'the restored documents point at the same bucket; restore its objects first if they were lost'}.`
  }
  return verb === 'back up'
    ? `- Media files are in MEDIA_DIR (${env.mediaDir}), not in MongoDB: copy that folder too, after the dump (e.g. tar -czf media.tgz -C "${env.mediaDir}" .).`
    : `- Media files: put the copied folder back at MEDIA_DIR (${env.mediaDir}) before starting the CMS.`
}

/** What to do instead of `backup` on MongoDB. */
export function mongoBackupAdvice(env: Env): string {
  return [
    'This CMS runs on MongoDB (DATABASE_URI); `backup` copies SQLite databases only. Back up MongoDB with its own tool:',
    '',
    '  mongodump --uri="$DATABASE_URI" --gzip --archive=cms-$(date +%Y-%m-%d).archive',
    '',
    '- That dumps every collection of the CMS’s database: the content collections and their _versions, users, media',
    '  documents, site rebuilds, appointment requests, imports, the shared limits, payload-jobs (queued and scheduled jobs),',
    '  payload-migrations, payload-preferences and payload-locked-documents. Payload keeps no files in MongoDB (no GridFS).',
    '- A dump of one database is not a snapshot of one moment: take it when few edits happen, or use your host’s',
    '  snapshots (e.g. MongoDB Atlas backups) for a point-in-time copy.',
    mediaLine(env, 'back up'),
  ].join('\n')
}

/** What to do instead of `restore` on MongoDB. */
export function mongoRestoreAdvice(env: Env): string {
  return [
    'This CMS runs on MongoDB (DATABASE_URI); `restore` restores SQLite backups only. Restore a mongodump archive into an',
    'empty database with MongoDB’s own tool, then start the CMS on it:',
    '',
    '  mongorestore --uri="$DATABASE_URI" --gzip --archive=cms-2026-01-31.archive',
    '',
    '- Into a database of another name, map the names: --nsFrom="<old name>.*" --nsTo="<new name>.*".',
    '- Restore into an empty database: mongorestore does not replace documents that already exist.',
    mediaLine(env, 'restore'),
  ].join('\n')
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`brands\` ADD \`time_zone\` text DEFAULT 'America/Phoenix';`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_time_zone\` text DEFAULT 'America/Phoenix';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`time_zone\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_time_zone\`;`)
}

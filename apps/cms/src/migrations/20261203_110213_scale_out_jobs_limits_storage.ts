import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`limit_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`count\` numeric DEFAULT 0 NOT NULL,
  	\`reset_at\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`limit_counters_key_idx\` ON \`limit_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`limit_counters_reset_at_idx\` ON \`limit_counters\` (\`reset_at\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT 'media';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`rebuilds\` ADD \`job\` text;`)
  await db.run(sql`CREATE INDEX \`rebuilds_job_idx\` ON \`rebuilds\` (\`job\`);`)
  await db.run(sql`ALTER TABLE \`rebuilds\` DROP COLUMN \`changes\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`concurrency_key\` text;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_brand_idx\` ON \`clinics\` (\`slug\`,\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_brand_idx\` ON \`_clinics_v\` (\`version_slug\`,\`version_brand_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`brand_idempotencyKey_idx\` ON \`appointment_requests\` (\`brand_id\`,\`idempotency_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`limit_counters\`;`)
  await db.run(sql`DROP INDEX \`slug_brand_idx\`;`)
  await db.run(sql`DROP INDEX \`version_slug_version_brand_idx\`;`)
  await db.run(sql`DROP INDEX \`rebuilds_job_idx\`;`)
  await db.run(sql`ALTER TABLE \`rebuilds\` ADD \`changes\` text;`)
  await db.run(sql`ALTER TABLE \`rebuilds\` DROP COLUMN \`job\`;`)
  await db.run(sql`DROP INDEX \`brand_idempotencyKey_idx\`;`)
  await db.run(sql`DROP INDEX \`payload_jobs_concurrency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`concurrency_key\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
}

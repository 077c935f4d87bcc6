import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { moveComparisonRowsToGridSqlite } from '../collections/Comparisons/migrateGrid'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`clinics_special_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`through\` text,
  	\`closed\` integer DEFAULT true,
  	\`opens\` text,
  	\`closes\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinics_special_hours_order_idx\` ON \`clinics_special_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`clinics_special_hours_parent_id_idx\` ON \`clinics_special_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinics_v_version_special_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text,
  	\`through\` text,
  	\`closed\` integer DEFAULT true,
  	\`opens\` text,
  	\`closes\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_clinics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinics_v_version_special_hours_order_idx\` ON \`_clinics_v_version_special_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_clinics_v_version_special_hours_parent_id_idx\` ON \`_clinics_v_version_special_hours\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_workflow_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_workflow_comment\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_workflow_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_workflow_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_workflow_approved_hash\` text;`)
  await db.run(sql`CREATE INDEX \`articles_review_workflow_review_workflow_status_idx\` ON \`articles\` (\`review_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_workflow_review_workflow_submitted_by_idx\` ON \`articles\` (\`review_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_workflow_review_workflow_decided_by_idx\` ON \`articles\` (\`review_workflow_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_workflow_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_workflow_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_workflow_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_workflow_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_workflow_approved_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_workflow_version_review_workf_idx\` ON \`_articles_v\` (\`version_review_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_workflow_version_review_wor_1_idx\` ON \`_articles_v\` (\`version_review_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_workflow_version_review_wor_2_idx\` ON \`_articles_v\` (\`version_review_workflow_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`grid\` text;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`review_workflow_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`review_workflow_comment\` text;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`review_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`review_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`review_workflow_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`review_workflow_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`review_workflow_approved_hash\` text;`)
  await db.run(sql`CREATE INDEX \`comparisons_seo_seo_image_idx\` ON \`comparisons\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_review_workflow_review_workflow_status_idx\` ON \`comparisons\` (\`review_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_review_workflow_review_workflow_submitted_by_idx\` ON \`comparisons\` (\`review_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_review_workflow_review_workflow_decided_by_idx\` ON \`comparisons\` (\`review_workflow_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_grid\` text;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_review_workflow_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_review_workflow_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_review_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_review_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_review_workflow_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_review_workflow_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_review_workflow_approved_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_seo_version_seo_image_idx\` ON \`_comparisons_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_review_workflow_version_review_wo_idx\` ON \`_comparisons_v\` (\`version_review_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_review_workflow_version_review__1_idx\` ON \`_comparisons_v\` (\`version_review_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_review_workflow_version_review__2_idx\` ON \`_comparisons_v\` (\`version_review_workflow_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`review_workflow_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`review_workflow_comment\` text;`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`review_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`review_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`review_workflow_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`review_workflow_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`review_workflow_approved_hash\` text;`)
  await db.run(sql`CREATE INDEX \`therapies_seo_seo_image_idx\` ON \`therapies\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`therapies_review_workflow_review_workflow_status_idx\` ON \`therapies\` (\`review_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`therapies_review_workflow_review_workflow_submitted_by_idx\` ON \`therapies\` (\`review_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`therapies_review_workflow_review_workflow_decided_by_idx\` ON \`therapies\` (\`review_workflow_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_review_workflow_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_review_workflow_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_review_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_review_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_review_workflow_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_review_workflow_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_review_workflow_approved_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_seo_version_seo_image_idx\` ON \`_therapies_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_review_workflow_version_review_work_idx\` ON \`_therapies_v\` (\`version_review_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_review_workflow_version_review_wo_1_idx\` ON \`_therapies_v\` (\`version_review_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_review_workflow_version_review_wo_2_idx\` ON \`_therapies_v\` (\`version_review_workflow_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`review_workflow_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`review_workflow_comment\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`review_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`review_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`review_workflow_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`review_workflow_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`review_workflow_approved_hash\` text;`)
  await db.run(sql`CREATE INDEX \`conditions_seo_seo_image_idx\` ON \`conditions\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_review_workflow_review_workflow_status_idx\` ON \`conditions\` (\`review_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`conditions_review_workflow_review_workflow_submitted_by_idx\` ON \`conditions\` (\`review_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`conditions_review_workflow_review_workflow_decided_by_idx\` ON \`conditions\` (\`review_workflow_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_review_workflow_status\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_review_workflow_comment\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_review_workflow_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_review_workflow_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_review_workflow_decided_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_review_workflow_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_review_workflow_approved_hash\` text;`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_seo_version_seo_image_idx\` ON \`_conditions_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_review_workflow_version_review_wor_idx\` ON \`_conditions_v\` (\`version_review_workflow_status\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_review_workflow_version_review_w_1_idx\` ON \`_conditions_v\` (\`version_review_workflow_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_review_workflow_version_review_w_2_idx\` ON \`_conditions_v\` (\`version_review_workflow_decided_by_id\`);`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`clinical_review_required\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`clinical_review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`brands_seo_seo_image_idx\` ON \`brands\` (\`seo_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_clinical_review_required\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_clinical_review_interval_months\` numeric DEFAULT 12;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_brands_v_version_seo_version_seo_image_idx\` ON \`_brands_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`ALTER TABLE \`clinics\` ADD \`seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`clinics\` ADD \`seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`clinics\` ADD \`seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`clinics_seo_seo_image_idx\` ON \`clinics\` (\`seo_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_clinics_v\` ADD \`version_seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`_clinics_v\` ADD \`version_seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`_clinics_v\` ADD \`version_seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_clinics_v_version_seo_version_seo_image_idx\` ON \`_clinics_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`providers\` ADD \`seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`providers_seo_seo_image_idx\` ON \`providers\` (\`seo_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_seo_title\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_seo_description\` text;`)
  await db.run(sql`ALTER TABLE \`_providers_v\` ADD \`version_seo_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_seo_version_seo_image_idx\` ON \`_providers_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`provider_id\` integer REFERENCES providers(id);`)
  await db.run(sql`CREATE INDEX \`users_provider_idx\` ON \`users\` (\`provider_id\`);`)
  await db.run(sql`ALTER TABLE \`rebuilds\` ADD \`documents\` text;`)
  // Comparisons become a grid: the old rows and their values move into the new `grid` columns
  // (documents and versions, value i under therapies[i]) before their tables are dropped.
  await moveComparisonRowsToGridSqlite({ db, payload })
  await db.run(sql`DROP TABLE \`comparisons_rows\`;`)
  await db.run(sql`DROP TABLE \`comparisons_texts\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_version_rows\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v_texts\`;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // A grid cell may hold rich text (bold, links) the old plain values cannot: going back would lose
  // words. Restore the backup taken before the upgrade instead (`pnpm --filter cms restore`).
  throw new Error('The editors_experience migration cannot be undone: comparison cells may hold rich text that the old rows cannot store. Restore the backup taken before the upgrade (pnpm --filter cms restore).')
}

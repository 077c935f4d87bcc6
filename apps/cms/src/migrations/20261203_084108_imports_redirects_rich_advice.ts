import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`imports_posts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`status\` text,
  	\`article_id\` integer,
  	\`source\` text,
  	\`warnings\` text,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_posts_order_idx\` ON \`imports_posts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`imports_posts_parent_id_idx\` ON \`imports_posts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_posts_article_idx\` ON \`imports_posts\` (\`article_id\`);`)
  await db.run(sql`CREATE TABLE \`imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`brand_id\` integer,
  	\`imported_by_id\` integer,
  	\`status\` text DEFAULT 'running' NOT NULL,
  	\`started_at\` text NOT NULL,
  	\`finished_at\` text,
  	\`overwrite_published\` integer DEFAULT false,
  	\`counts_created\` numeric DEFAULT 0,
  	\`counts_updated\` numeric DEFAULT 0,
  	\`counts_skipped\` numeric DEFAULT 0,
  	\`counts_failed\` numeric DEFAULT 0,
  	\`counts_warnings\` numeric DEFAULT 0,
  	\`counts_faqs\` numeric DEFAULT 0,
  	\`counts_comparisons\` numeric DEFAULT 0,
  	\`counts_images\` numeric DEFAULT 0,
  	\`counts_redirects\` numeric DEFAULT 0,
  	\`counts_therapy_facts\` numeric DEFAULT 0,
  	\`summary\` text,
  	\`report\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`imported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_brand_idx\` ON \`imports\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_imported_by_idx\` ON \`imports\` (\`imported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_status_idx\` ON \`imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`imports_updated_at_idx\` ON \`imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imports_created_at_idx\` ON \`imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`imports_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_texts_order_parent\` ON \`imports_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`imports_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`faqs_id\` integer,
  	\`comparisons_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparisons_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`imports_rels_order_idx\` ON \`imports_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_parent_idx\` ON \`imports_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_path_idx\` ON \`imports_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_articles_id_idx\` ON \`imports_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_faqs_id_idx\` ON \`imports_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`imports_rels_comparisons_id_idx\` ON \`imports_rels\` (\`comparisons_id\`);`)
  await db.run(sql`CREATE TABLE \`imported_posts_media\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`src\` text NOT NULL,
  	\`image_id\` integer NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`imported_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`imported_posts_media_order_idx\` ON \`imported_posts_media\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_media_parent_id_idx\` ON \`imported_posts_media\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_media_image_idx\` ON \`imported_posts_media\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`imported_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`brand_id\` integer NOT NULL,
  	\`key\` text NOT NULL,
  	\`source_url\` text,
  	\`article_id\` integer,
  	\`last_import_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_import_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`imported_posts_brand_idx\` ON \`imported_posts\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_key_idx\` ON \`imported_posts\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_article_idx\` ON \`imported_posts\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_last_import_idx\` ON \`imported_posts\` (\`last_import_id\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_updated_at_idx\` ON \`imported_posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_created_at_idx\` ON \`imported_posts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`imported_posts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`faqs_id\` integer,
  	\`comparisons_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`imported_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparisons_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`imported_posts_rels_order_idx\` ON \`imported_posts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_rels_parent_idx\` ON \`imported_posts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_rels_path_idx\` ON \`imported_posts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_rels_faqs_id_idx\` ON \`imported_posts_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`imported_posts_rels_comparisons_id_idx\` ON \`imported_posts_rels\` (\`comparisons_id\`);`)
  await db.run(sql`CREATE TABLE \`redirects\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` text NOT NULL,
  	\`to_type\` text DEFAULT 'reference',
  	\`to_url\` text,
  	\`brand_id\` integer NOT NULL,
  	\`origin\` text DEFAULT 'manual',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_from_idx\` ON \`redirects\` (\`from\`);`)
  await db.run(sql`CREATE INDEX \`redirects_brand_idx\` ON \`redirects\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_updated_at_idx\` ON \`redirects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redirects_created_at_idx\` ON \`redirects\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`brand_from_idx\` ON \`redirects\` (\`brand_id\`,\`from\`);`)
  await db.run(sql`CREATE TABLE \`redirects_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`comparisons_id\` integer,
  	\`therapies_id\` integer,
  	\`conditions_id\` integer,
  	\`clinics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparisons_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapies_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinics_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_articles_id_idx\` ON \`redirects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_comparisons_id_idx\` ON \`redirects_rels\` (\`comparisons_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_therapies_id_idx\` ON \`redirects_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_conditions_id_idx\` ON \`redirects_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_clinics_id_idx\` ON \`redirects_rels\` (\`clinics_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`subtitle\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_subtitle\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redirects_id\` integer REFERENCES redirects(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)

  // A comparison's "when to choose" texts and "combined" text became rich text. The column type
  // stays text, so existing plain texts are wrapped into a one-paragraph editor state as the
  // admin editor writes it (a text that is already an editor state is left as it is).
  for (const [table, column] of [
    ['comparisons_when_to_choose', 'text'],
    ['_comparisons_v_version_when_to_choose', 'text'],
    ['comparisons', 'combination_how'],
    ['_comparisons_v', 'version_combination_how'],
  ] as const) {
    await db.run(
      sql.raw(
        `UPDATE \`${table}\` SET \`${column}\` = json_object('root', json_object('type', 'root', 'format', '', 'indent', 0, 'version', 1, 'direction', 'ltr', 'children', json_array(json_object('type', 'paragraph', 'format', '', 'indent', 0, 'version', 1, 'direction', 'ltr', 'textFormat', 0, 'textStyle', '', 'children', json_array(json_object('type', 'text', 'text', \`${column}\`, 'format', 0, 'detail', 0, 'mode', 'normal', 'style', '', 'version', 1)))))) WHERE \`${column}\` IS NOT NULL AND \`${column}\` <> '' AND json_valid(\`${column}\`) = 0;`,
      ),
    )
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`imports_posts\`;`)
  await db.run(sql`DROP TABLE \`imports\`;`)
  await db.run(sql`DROP TABLE \`imports_texts\`;`)
  await db.run(sql`DROP TABLE \`imports_rels\`;`)
  await db.run(sql`DROP TABLE \`imported_posts_media\`;`)
  await db.run(sql`DROP TABLE \`imported_posts\`;`)
  await db.run(sql`DROP TABLE \`imported_posts_rels\`;`)
  await db.run(sql`DROP TABLE \`redirects\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`comparisons_id\` integer,
  	\`faqs_id\` integer,
  	\`therapies_id\` integer,
  	\`conditions_id\` integer,
  	\`brands_id\` integer,
  	\`clinics_id\` integer,
  	\`authors_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`rebuilds_id\` integer,
  	\`appointment_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`comparisons_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`faqs_id\`) REFERENCES \`faqs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapies_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brands_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinics_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rebuilds_id\`) REFERENCES \`rebuilds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`appointment_requests_id\`) REFERENCES \`appointment_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "comparisons_id", "faqs_id", "therapies_id", "conditions_id", "brands_id", "clinics_id", "authors_id", "media_id", "users_id", "rebuilds_id", "appointment_requests_id") SELECT "id", "order", "parent_id", "path", "articles_id", "comparisons_id", "faqs_id", "therapies_id", "conditions_id", "brands_id", "clinics_id", "authors_id", "media_id", "users_id", "rebuilds_id", "appointment_requests_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_comparisons_id_idx\` ON \`payload_locked_documents_rels\` (\`comparisons_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_faqs_id_idx\` ON \`payload_locked_documents_rels\` (\`faqs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_therapies_id_idx\` ON \`payload_locked_documents_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conditions_id_idx\` ON \`payload_locked_documents_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brands_id_idx\` ON \`payload_locked_documents_rels\` (\`brands_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_clinics_id_idx\` ON \`payload_locked_documents_rels\` (\`clinics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rebuilds_id_idx\` ON \`payload_locked_documents_rels\` (\`rebuilds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointment_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`appointment_requests_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`subtitle\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_subtitle\`;`)
}

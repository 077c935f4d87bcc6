import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`clinics_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinics_languages_order_idx\` ON \`clinics_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`clinics_languages_parent_idx\` ON \`clinics_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clinics_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinics_texts_order_parent\` ON \`clinics_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinics_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_clinics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinics_v_version_languages_order_idx\` ON \`_clinics_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_clinics_v_version_languages_parent_idx\` ON \`_clinics_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinics_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_clinics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinics_v_texts_order_parent\` ON \`_clinics_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`providers_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_languages_order_idx\` ON \`providers_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`providers_languages_parent_idx\` ON \`providers_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`providers\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`brand_id\` integer,
  	\`job_title\` text,
  	\`photo_id\` integer,
  	\`bio\` text,
  	\`accepting_new_patients\` integer DEFAULT true,
  	\`npi\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_slug_idx\` ON \`providers\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`providers_brand_idx\` ON \`providers\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_photo_idx\` ON \`providers\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_updated_at_idx\` ON \`providers\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`providers_created_at_idx\` ON \`providers\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`providers__status_idx\` ON \`providers\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`slug_brand_1_idx\` ON \`providers\` (\`slug\`,\`brand_id\`);`)
  await db.run(sql`CREATE TABLE \`providers_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_texts_order_parent\` ON \`providers_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`providers_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`clinics_id\` integer,
  	\`therapies_id\` integer,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinics_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapies_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`providers_rels_order_idx\` ON \`providers_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_parent_idx\` ON \`providers_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_path_idx\` ON \`providers_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_clinics_id_idx\` ON \`providers_rels\` (\`clinics_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_therapies_id_idx\` ON \`providers_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE INDEX \`providers_rels_conditions_id_idx\` ON \`providers_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_version_languages_order_idx\` ON \`_providers_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_languages_parent_idx\` ON \`_providers_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_brand_id\` integer,
  	\`version_job_title\` text,
  	\`version_photo_id\` integer,
  	\`version_bio\` text,
  	\`version_accepting_new_patients\` integer DEFAULT true,
  	\`version_npi\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`providers\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_parent_idx\` ON \`_providers_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_slug_idx\` ON \`_providers_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_brand_idx\` ON \`_providers_v\` (\`version_brand_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_photo_idx\` ON \`_providers_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_updated_at_idx\` ON \`_providers_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version_created_at_idx\` ON \`_providers_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_version_version__status_idx\` ON \`_providers_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_created_at_idx\` ON \`_providers_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_updated_at_idx\` ON \`_providers_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_latest_idx\` ON \`_providers_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_autosave_idx\` ON \`_providers_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version_slug_version_brand_1_idx\` ON \`_providers_v\` (\`version_slug\`,\`version_brand_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_texts_order_parent\` ON \`_providers_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_providers_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`clinics_id\` integer,
  	\`therapies_id\` integer,
  	\`conditions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_providers_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`clinics_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`therapies_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`conditions_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_order_idx\` ON \`_providers_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_parent_idx\` ON \`_providers_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_path_idx\` ON \`_providers_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_clinics_id_idx\` ON \`_providers_v_rels\` (\`clinics_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_therapies_id_idx\` ON \`_providers_v_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE INDEX \`_providers_v_rels_conditions_id_idx\` ON \`_providers_v_rels\` (\`conditions_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_reviewed_by_id\` integer REFERENCES providers(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`CREATE INDEX \`articles_review_review_reviewed_by_idx\` ON \`articles\` (\`review_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_reviewed_by_id\` integer REFERENCES providers(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_version_review_reviewed_by_idx\` ON \`_articles_v\` (\`version_review_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`review_reviewed_by_id\` integer REFERENCES providers(id);`)
  await db.run(sql`ALTER TABLE \`comparisons\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`CREATE INDEX \`comparisons_review_review_reviewed_by_idx\` ON \`comparisons\` (\`review_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_review_reviewed_by_id\` integer REFERENCES providers(id);`)
  await db.run(sql`ALTER TABLE \`_comparisons_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_review_version_review_reviewed_by_idx\` ON \`_comparisons_v\` (\`version_review_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`review_reviewed_by_id\` integer REFERENCES providers(id);`)
  await db.run(sql`ALTER TABLE \`therapies\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`CREATE INDEX \`therapies_review_review_reviewed_by_idx\` ON \`therapies\` (\`review_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_review_reviewed_by_id\` integer REFERENCES providers(id);`)
  await db.run(sql`ALTER TABLE \`_therapies_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_review_version_review_reviewed_by_idx\` ON \`_therapies_v\` (\`version_review_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`review_reviewed_by_id\` integer REFERENCES providers(id);`)
  await db.run(sql`ALTER TABLE \`conditions\` ADD \`review_last_reviewed\` text;`)
  await db.run(sql`CREATE INDEX \`conditions_review_review_reviewed_by_idx\` ON \`conditions\` (\`review_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_review_reviewed_by_id\` integer REFERENCES providers(id);`)
  await db.run(sql`ALTER TABLE \`_conditions_v\` ADD \`version_review_last_reviewed\` text;`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_review_version_review_reviewed_by_idx\` ON \`_conditions_v\` (\`version_review_reviewed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`provider_id\` integer REFERENCES providers(id);`)
  await db.run(sql`CREATE INDEX \`authors_provider_idx\` ON \`authors\` (\`provider_id\`);`)
  await db.run(sql`ALTER TABLE \`_authors_v\` ADD \`version_provider_id\` integer REFERENCES providers(id);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_provider_idx\` ON \`_authors_v\` (\`version_provider_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`providers_id\` integer REFERENCES providers(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_providers_id_idx\` ON \`payload_locked_documents_rels\` (\`providers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`clinics_languages\`;`)
  await db.run(sql`DROP TABLE \`clinics_texts\`;`)
  await db.run(sql`DROP TABLE \`_clinics_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_clinics_v_texts\`;`)
  await db.run(sql`DROP TABLE \`providers_languages\`;`)
  await db.run(sql`DROP TABLE \`providers\`;`)
  await db.run(sql`DROP TABLE \`providers_texts\`;`)
  await db.run(sql`DROP TABLE \`providers_rels\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_providers_v\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_providers_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`subtitle\` text,
  	\`slug\` text,
  	\`published_at\` text,
  	\`author_id\` integer,
  	\`excerpt\` text,
  	\`hero_image_id\` integer,
  	\`body\` text,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`author_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "subtitle", "slug", "published_at", "author_id", "excerpt", "hero_image_id", "body", "seo_title", "seo_description", "seo_image_id", "updated_at", "created_at", "_status") SELECT "id", "title", "subtitle", "slug", "published_at", "author_id", "excerpt", "hero_image_id", "body", "seo_title", "seo_description", "seo_image_id", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_author_idx\` ON \`articles\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_seo_seo_image_idx\` ON \`articles\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_subtitle\` text,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_author_id\` integer,
  	\`version_excerpt\` text,
  	\`version_hero_image_id\` integer,
  	\`version_body\` text,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`version_seo_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_author_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_subtitle", "version_slug", "version_published_at", "version_author_id", "version_excerpt", "version_hero_image_id", "version_body", "version_seo_title", "version_seo_description", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_subtitle", "version_slug", "version_published_at", "version_author_id", "version_excerpt", "version_hero_image_id", "version_body", "version_seo_title", "version_seo_description", "version_seo_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_author_idx\` ON \`_articles_v\` (\`version_author_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_seo_version_seo_image_idx\` ON \`_articles_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_comparisons\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`intro\` text,
  	\`combination_can_combine\` integer DEFAULT false,
  	\`combination_how\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_comparisons\`("id", "title", "slug", "intro", "combination_can_combine", "combination_how", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "intro", "combination_can_combine", "combination_how", "updated_at", "created_at", "_status" FROM \`comparisons\`;`)
  await db.run(sql`DROP TABLE \`comparisons\`;`)
  await db.run(sql`ALTER TABLE \`__new_comparisons\` RENAME TO \`comparisons\`;`)
  await db.run(sql`CREATE INDEX \`comparisons_slug_idx\` ON \`comparisons\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_updated_at_idx\` ON \`comparisons\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`comparisons_created_at_idx\` ON \`comparisons\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`comparisons__status_idx\` ON \`comparisons\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__comparisons_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_intro\` text,
  	\`version_combination_can_combine\` integer DEFAULT false,
  	\`version_combination_how\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`comparisons\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__comparisons_v\`("id", "parent_id", "version_title", "version_slug", "version_intro", "version_combination_can_combine", "version_combination_how", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_slug", "version_intro", "version_combination_can_combine", "version_combination_how", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_comparisons_v\`;`)
  await db.run(sql`DROP TABLE \`_comparisons_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__comparisons_v\` RENAME TO \`_comparisons_v\`;`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_parent_idx\` ON \`_comparisons_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_slug_idx\` ON \`_comparisons_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_updated_at_idx\` ON \`_comparisons_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version_created_at_idx\` ON \`_comparisons_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_version_version__status_idx\` ON \`_comparisons_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_created_at_idx\` ON \`_comparisons_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_updated_at_idx\` ON \`_comparisons_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_latest_idx\` ON \`_comparisons_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_comparisons_v_autosave_idx\` ON \`_comparisons_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_therapies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`how_it_works\` text,
  	\`session_length_min_minutes\` numeric,
  	\`session_length_max_minutes\` numeric,
  	\`cost_min_cents\` numeric,
  	\`cost_max_cents\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_therapies\`("id", "name", "slug", "summary", "how_it_works", "session_length_min_minutes", "session_length_max_minutes", "cost_min_cents", "cost_max_cents", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "summary", "how_it_works", "session_length_min_minutes", "session_length_max_minutes", "cost_min_cents", "cost_max_cents", "updated_at", "created_at", "_status" FROM \`therapies\`;`)
  await db.run(sql`DROP TABLE \`therapies\`;`)
  await db.run(sql`ALTER TABLE \`__new_therapies\` RENAME TO \`therapies\`;`)
  await db.run(sql`CREATE INDEX \`therapies_slug_idx\` ON \`therapies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`therapies_updated_at_idx\` ON \`therapies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`therapies_created_at_idx\` ON \`therapies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`therapies__status_idx\` ON \`therapies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__therapies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_how_it_works\` text,
  	\`version_session_length_min_minutes\` numeric,
  	\`version_session_length_max_minutes\` numeric,
  	\`version_cost_min_cents\` numeric,
  	\`version_cost_max_cents\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__therapies_v\`("id", "parent_id", "version_name", "version_slug", "version_summary", "version_how_it_works", "version_session_length_min_minutes", "version_session_length_max_minutes", "version_cost_min_cents", "version_cost_max_cents", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_slug", "version_summary", "version_how_it_works", "version_session_length_min_minutes", "version_session_length_max_minutes", "version_cost_min_cents", "version_cost_max_cents", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_therapies_v\`;`)
  await db.run(sql`DROP TABLE \`_therapies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__therapies_v\` RENAME TO \`_therapies_v\`;`)
  await db.run(sql`CREATE INDEX \`_therapies_v_parent_idx\` ON \`_therapies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version_slug_idx\` ON \`_therapies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version_updated_at_idx\` ON \`_therapies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version_created_at_idx\` ON \`_therapies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_version_version__status_idx\` ON \`_therapies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_created_at_idx\` ON \`_therapies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_updated_at_idx\` ON \`_therapies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_latest_idx\` ON \`_therapies_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_therapies_v_autosave_idx\` ON \`_therapies_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_conditions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_conditions\`("id", "name", "slug", "summary", "body", "updated_at", "created_at", "_status") SELECT "id", "name", "slug", "summary", "body", "updated_at", "created_at", "_status" FROM \`conditions\`;`)
  await db.run(sql`DROP TABLE \`conditions\`;`)
  await db.run(sql`ALTER TABLE \`__new_conditions\` RENAME TO \`conditions\`;`)
  await db.run(sql`CREATE INDEX \`conditions_slug_idx\` ON \`conditions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conditions_updated_at_idx\` ON \`conditions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions_created_at_idx\` ON \`conditions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`conditions__status_idx\` ON \`conditions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__conditions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conditions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__conditions_v\`("id", "parent_id", "version_name", "version_slug", "version_summary", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_slug", "version_summary", "version_body", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_conditions_v\`;`)
  await db.run(sql`DROP TABLE \`_conditions_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__conditions_v\` RENAME TO \`_conditions_v\`;`)
  await db.run(sql`CREATE INDEX \`_conditions_v_parent_idx\` ON \`_conditions_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_slug_idx\` ON \`_conditions_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_updated_at_idx\` ON \`_conditions_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version_created_at_idx\` ON \`_conditions_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_version_version__status_idx\` ON \`_conditions_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_created_at_idx\` ON \`_conditions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_updated_at_idx\` ON \`_conditions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_latest_idx\` ON \`_conditions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_conditions_v_autosave_idx\` ON \`_conditions_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_authors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`credentials\` text,
  	\`job_title\` text,
  	\`bio\` text,
  	\`photo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_authors\`("id", "name", "slug", "credentials", "job_title", "bio", "photo_id", "updated_at", "created_at") SELECT "id", "name", "slug", "credentials", "job_title", "bio", "photo_id", "updated_at", "created_at" FROM \`authors\`;`)
  await db.run(sql`DROP TABLE \`authors\`;`)
  await db.run(sql`ALTER TABLE \`__new_authors\` RENAME TO \`authors\`;`)
  await db.run(sql`CREATE INDEX \`authors_slug_idx\` ON \`authors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`authors_photo_idx\` ON \`authors\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__authors_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_slug\` text NOT NULL,
  	\`version_credentials\` text,
  	\`version_job_title\` text,
  	\`version_bio\` text,
  	\`version_photo_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__authors_v\`("id", "parent_id", "version_name", "version_slug", "version_credentials", "version_job_title", "version_bio", "version_photo_id", "version_updated_at", "version_created_at", "created_at", "updated_at") SELECT "id", "parent_id", "version_name", "version_slug", "version_credentials", "version_job_title", "version_bio", "version_photo_id", "version_updated_at", "version_created_at", "created_at", "updated_at" FROM \`_authors_v\`;`)
  await db.run(sql`DROP TABLE \`_authors_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__authors_v\` RENAME TO \`_authors_v\`;`)
  await db.run(sql`CREATE INDEX \`_authors_v_parent_idx\` ON \`_authors_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_slug_idx\` ON \`_authors_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_photo_idx\` ON \`_authors_v\` (\`version_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_updated_at_idx\` ON \`_authors_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_version_version_created_at_idx\` ON \`_authors_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_created_at_idx\` ON \`_authors_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_authors_v_updated_at_idx\` ON \`_authors_v\` (\`updated_at\`);`)
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
  	\`redirects_id\` integer,
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
  	FOREIGN KEY (\`appointment_requests_id\`) REFERENCES \`appointment_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "comparisons_id", "faqs_id", "therapies_id", "conditions_id", "brands_id", "clinics_id", "authors_id", "media_id", "users_id", "rebuilds_id", "appointment_requests_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "comparisons_id", "faqs_id", "therapies_id", "conditions_id", "brands_id", "clinics_id", "authors_id", "media_id", "users_id", "rebuilds_id", "appointment_requests_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}

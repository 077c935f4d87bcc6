import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`appointment_requests_preferred_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`appointment_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`appointment_requests_preferred_days_order_idx\` ON \`appointment_requests_preferred_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`appointment_requests_preferred_days_parent_idx\` ON \`appointment_requests_preferred_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`appointment_requests_preferred_times\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`appointment_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`appointment_requests_preferred_times_order_idx\` ON \`appointment_requests_preferred_times\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`appointment_requests_preferred_times_parent_idx\` ON \`appointment_requests_preferred_times\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`appointment_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`brand_id\` integer NOT NULL,
  	\`clinic_id\` integer NOT NULL,
  	\`therapy_id\` integer,
  	\`name\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`message\` text,
  	\`consent_at\` text NOT NULL,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`notes\` text,
  	\`notification_status\` text DEFAULT 'pending' NOT NULL,
  	\`notification_attempts\` numeric DEFAULT 0 NOT NULL,
  	\`notification_sent_at\` text,
  	\`notification_recipients\` text,
  	\`notification_last_error\` text,
  	\`dedupe_key\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`brand_id\`) REFERENCES \`brands\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`clinic_id\`) REFERENCES \`clinics\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`therapy_id\`) REFERENCES \`therapies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`appointment_requests_brand_idx\` ON \`appointment_requests\` (\`brand_id\`);`)
  await db.run(sql`CREATE INDEX \`appointment_requests_clinic_idx\` ON \`appointment_requests\` (\`clinic_id\`);`)
  await db.run(sql`CREATE INDEX \`appointment_requests_therapy_idx\` ON \`appointment_requests\` (\`therapy_id\`);`)
  await db.run(sql`CREATE INDEX \`appointment_requests_status_idx\` ON \`appointment_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`appointment_requests_dedupe_key_idx\` ON \`appointment_requests\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`appointment_requests_idempotency_key_idx\` ON \`appointment_requests\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`appointment_requests_updated_at_idx\` ON \`appointment_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`appointment_requests_created_at_idx\` ON \`appointment_requests\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`brands\` ADD \`privacy_notice\` text DEFAULT 'This notice explains what happens to the details you send us through the appointment request form on this site.
  
  What we receive: your name, the phone number and/or email address you give, the clinic and treatment you pick, the days and times that suit you, your message, and the time you sent the request. We do not store your IP address or browser details with it.
  
  Why: only so that our front-desk team can contact you about this request. The request goes to the staff of the clinic you chose; we do not sell it, share it for marketing or add you to a mailing list.
  
  Please keep medical details out of the form. Symptoms, diagnoses, test results and insurance numbers belong in a conversation with your clinician, not in a web form; we will ask for what we need when we call you back.
  
  How long: requests are deleted automatically six months after they arrive. To see what we hold about you, or to have it deleted sooner, contact us by phone or email.';`)
  await db.run(sql`ALTER TABLE \`_brands_v\` ADD \`version_privacy_notice\` text DEFAULT 'This notice explains what happens to the details you send us through the appointment request form on this site.
  
  What we receive: your name, the phone number and/or email address you give, the clinic and treatment you pick, the days and times that suit you, your message, and the time you sent the request. We do not store your IP address or browser details with it.
  
  Why: only so that our front-desk team can contact you about this request. The request goes to the staff of the clinic you chose; we do not sell it, share it for marketing or add you to a mailing list.
  
  Please keep medical details out of the form. Symptoms, diagnoses, test results and insurance numbers belong in a conversation with your clinician, not in a web form; we will ask for what we need when we call you back.
  
  How long: requests are deleted automatically six months after they arrive. To see what we hold about you, or to have it deleted sooner, contact us by phone or email.';`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`appointment_requests_id\` integer REFERENCES appointment_requests(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_appointment_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`appointment_requests_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`appointment_requests_preferred_days\`;`)
  await db.run(sql`DROP TABLE \`appointment_requests_preferred_times\`;`)
  await db.run(sql`DROP TABLE \`appointment_requests\`;`)
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
  	FOREIGN KEY (\`rebuilds_id\`) REFERENCES \`rebuilds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "comparisons_id", "faqs_id", "therapies_id", "conditions_id", "brands_id", "clinics_id", "authors_id", "media_id", "users_id", "rebuilds_id") SELECT "id", "order", "parent_id", "path", "articles_id", "comparisons_id", "faqs_id", "therapies_id", "conditions_id", "brands_id", "clinics_id", "authors_id", "media_id", "users_id", "rebuilds_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`brands\` DROP COLUMN \`privacy_notice\`;`)
  await db.run(sql`ALTER TABLE \`_brands_v\` DROP COLUMN \`version_privacy_notice\`;`)
}

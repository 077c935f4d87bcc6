import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`redirects_rels\` ADD \`providers_id\` integer REFERENCES providers(id);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_providers_id_idx\` ON \`redirects_rels\` (\`providers_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_redirects_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_redirects_rels\`("id", "order", "parent_id", "path", "articles_id", "comparisons_id", "therapies_id", "conditions_id", "clinics_id") SELECT "id", "order", "parent_id", "path", "articles_id", "comparisons_id", "therapies_id", "conditions_id", "clinics_id" FROM \`redirects_rels\`;`)
  await db.run(sql`DROP TABLE \`redirects_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_redirects_rels\` RENAME TO \`redirects_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`redirects_rels_order_idx\` ON \`redirects_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_parent_idx\` ON \`redirects_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_path_idx\` ON \`redirects_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_articles_id_idx\` ON \`redirects_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_comparisons_id_idx\` ON \`redirects_rels\` (\`comparisons_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_therapies_id_idx\` ON \`redirects_rels\` (\`therapies_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_conditions_id_idx\` ON \`redirects_rels\` (\`conditions_id\`);`)
  await db.run(sql`CREATE INDEX \`redirects_rels_clinics_id_idx\` ON \`redirects_rels\` (\`clinics_id\`);`)
}

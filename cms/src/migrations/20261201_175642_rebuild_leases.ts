import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "rebuild_leases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site" varchar NOT NULL,
  	"holder" varchar NOT NULL,
  	"expires_at" numeric NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "rebuild_leases_id" integer;
  CREATE UNIQUE INDEX "rebuild_leases_site_idx" ON "rebuild_leases" USING btree ("site");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rebuild_leases_fk" FOREIGN KEY ("rebuild_leases_id") REFERENCES "public"."rebuild_leases"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_rebuild_leases_id_idx" ON "payload_locked_documents_rels" USING btree ("rebuild_leases_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "rebuild_leases" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "rebuild_leases" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_rebuild_leases_fk";
  
  DROP INDEX "payload_locked_documents_rels_rebuild_leases_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "rebuild_leases_id";`)
}

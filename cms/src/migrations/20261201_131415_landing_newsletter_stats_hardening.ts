import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_newsletter_subscriptions_audience" AS ENUM('helpers', 'professionals');
  CREATE TYPE "public"."enum_newsletter_subscriptions_status" AS ENUM('pending', 'confirmed', 'unsubscribed');
  CREATE TYPE "public"."enum_newsletter_subscriptions_channel" AS ENUM('campagne', 'organisch-zoeken', 'direct', 'social', 'referral', 'e-mail', 'betaald-zoeken');
  CREATE TYPE "public"."enum_newsletter_tokens_purpose" AS ENUM('confirm', 'unsubscribe');
  CREATE TYPE "public"."enum_stat_days_site" AS ENUM('helpers', 'professionals');
  CREATE TYPE "public"."enum_stat_days_channel" AS ENUM('campagne', 'organisch-zoeken', 'direct', 'social', 'referral', 'e-mail', 'betaald-zoeken');
  CREATE TYPE "public"."enum_stat_days_kind" AS ENUM('page-view', 'tool-completed', 'checklist-used', 'video-played', 'course-module-finished', 'newsletter-signup', 'call-clicked', 'chat-clicked');
  ALTER TYPE "public"."enum_service_events_kind" ADD VALUE 'page-view' BEFORE 'tool-completed';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'stats-rollup' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'stats-retention' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'stats-rollup' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'stats-retention' BEFORE 'schedulePublish';
  CREATE TABLE "themes_blocks_newsletter" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_themes_v_blocks_newsletter" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"video_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"who" varchar,
  	"image_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_tool_teaser" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tool_id" integer,
  	"heading" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_related" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"checklists_id" integer,
  	"themes_id" integer,
  	"stappenplannen_id" integer,
  	"videos_id" integer,
  	"tools_id" integer,
  	"course_modules_id" integer
  );
  
  CREATE TABLE "_landing_pages_v_blocks_video" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"video_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_testimonial" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"who" varchar,
  	"image_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_tool_teaser" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"tool_id" integer,
  	"heading" varchar,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_related" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"checklists_id" integer,
  	"themes_id" integer,
  	"stappenplannen_id" integer,
  	"videos_id" integer,
  	"tools_id" integer,
  	"course_modules_id" integer
  );
  
  CREATE TABLE "newsletter_subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"audience" "enum_newsletter_subscriptions_audience" NOT NULL,
  	"status" "enum_newsletter_subscriptions_status" NOT NULL,
  	"consent_version" varchar NOT NULL,
  	"signed_up_at" timestamp(3) with time zone NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"page" varchar,
  	"channel" "enum_newsletter_subscriptions_channel",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_tokens" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hash" varchar NOT NULL,
  	"purpose" "enum_newsletter_tokens_purpose" NOT NULL,
  	"expires_at" timestamp(3) with time zone NOT NULL,
  	"used_at" timestamp(3) with time zone,
  	"subscription_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "newsletter_erasures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"address_hash" varchar NOT NULL,
  	"erased_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stat_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"site" "enum_stat_days_site" NOT NULL,
  	"channel" "enum_stat_days_channel" NOT NULL,
  	"kind" "enum_stat_days_kind" NOT NULL,
  	"subject" varchar NOT NULL,
  	"count" numeric NOT NULL,
  	"visitors" numeric NOT NULL,
  	"bursts" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "landing_pages_blocks_cta" ADD COLUMN "text" varchar;
  ALTER TABLE "landing_pages" ADD COLUMN "seo_title" varchar;
  ALTER TABLE "landing_pages" ADD COLUMN "seo_description" varchar;
  ALTER TABLE "_landing_pages_v_blocks_cta" ADD COLUMN "text" varchar;
  ALTER TABLE "_landing_pages_v" ADD COLUMN "version_seo_title" varchar;
  ALTER TABLE "_landing_pages_v" ADD COLUMN "version_seo_description" varchar;
  ALTER TABLE "service_events" ADD COLUMN "day" varchar NOT NULL;
  ALTER TABLE "service_events" ADD COLUMN "new_visitor" boolean;
  ALTER TABLE "service_events" ADD COLUMN "burst" boolean;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_subscriptions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_tokens_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "newsletter_erasures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stat_days_id" integer;
  ALTER TABLE "themes_blocks_newsletter" ADD CONSTRAINT "themes_blocks_newsletter_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_themes_v_blocks_newsletter" ADD CONSTRAINT "_themes_v_blocks_newsletter_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_themes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_video" ADD CONSTRAINT "landing_pages_blocks_video_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_video" ADD CONSTRAINT "landing_pages_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_testimonial" ADD CONSTRAINT "landing_pages_blocks_testimonial_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_testimonial" ADD CONSTRAINT "landing_pages_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_tool_teaser" ADD CONSTRAINT "landing_pages_blocks_tool_teaser_tool_id_tools_id_fk" FOREIGN KEY ("tool_id") REFERENCES "public"."tools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_tool_teaser" ADD CONSTRAINT "landing_pages_blocks_tool_teaser_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_related" ADD CONSTRAINT "landing_pages_blocks_related_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_rels" ADD CONSTRAINT "landing_pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_rels" ADD CONSTRAINT "landing_pages_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_rels" ADD CONSTRAINT "landing_pages_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_rels" ADD CONSTRAINT "landing_pages_rels_stappenplannen_fk" FOREIGN KEY ("stappenplannen_id") REFERENCES "public"."stappenplannen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_rels" ADD CONSTRAINT "landing_pages_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_rels" ADD CONSTRAINT "landing_pages_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_rels" ADD CONSTRAINT "landing_pages_rels_course_modules_fk" FOREIGN KEY ("course_modules_id") REFERENCES "public"."course_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_video" ADD CONSTRAINT "_landing_pages_v_blocks_video_video_id_videos_id_fk" FOREIGN KEY ("video_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_video" ADD CONSTRAINT "_landing_pages_v_blocks_video_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_testimonial" ADD CONSTRAINT "_landing_pages_v_blocks_testimonial_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_testimonial" ADD CONSTRAINT "_landing_pages_v_blocks_testimonial_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_tool_teaser" ADD CONSTRAINT "_landing_pages_v_blocks_tool_teaser_tool_id_tools_id_fk" FOREIGN KEY ("tool_id") REFERENCES "public"."tools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_tool_teaser" ADD CONSTRAINT "_landing_pages_v_blocks_tool_teaser_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_related" ADD CONSTRAINT "_landing_pages_v_blocks_related_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_rels" ADD CONSTRAINT "_landing_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_rels" ADD CONSTRAINT "_landing_pages_v_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_rels" ADD CONSTRAINT "_landing_pages_v_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_rels" ADD CONSTRAINT "_landing_pages_v_rels_stappenplannen_fk" FOREIGN KEY ("stappenplannen_id") REFERENCES "public"."stappenplannen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_rels" ADD CONSTRAINT "_landing_pages_v_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_rels" ADD CONSTRAINT "_landing_pages_v_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_rels" ADD CONSTRAINT "_landing_pages_v_rels_course_modules_fk" FOREIGN KEY ("course_modules_id") REFERENCES "public"."course_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "newsletter_tokens" ADD CONSTRAINT "newsletter_tokens_subscription_id_newsletter_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."newsletter_subscriptions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "themes_blocks_newsletter_order_idx" ON "themes_blocks_newsletter" USING btree ("_order");
  CREATE INDEX "themes_blocks_newsletter_parent_id_idx" ON "themes_blocks_newsletter" USING btree ("_parent_id");
  CREATE INDEX "themes_blocks_newsletter_path_idx" ON "themes_blocks_newsletter" USING btree ("_path");
  CREATE INDEX "_themes_v_blocks_newsletter_order_idx" ON "_themes_v_blocks_newsletter" USING btree ("_order");
  CREATE INDEX "_themes_v_blocks_newsletter_parent_id_idx" ON "_themes_v_blocks_newsletter" USING btree ("_parent_id");
  CREATE INDEX "_themes_v_blocks_newsletter_path_idx" ON "_themes_v_blocks_newsletter" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_video_order_idx" ON "landing_pages_blocks_video" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_video_parent_id_idx" ON "landing_pages_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_video_path_idx" ON "landing_pages_blocks_video" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_video_video_idx" ON "landing_pages_blocks_video" USING btree ("video_id");
  CREATE INDEX "landing_pages_blocks_testimonial_order_idx" ON "landing_pages_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_testimonial_parent_id_idx" ON "landing_pages_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_testimonial_path_idx" ON "landing_pages_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_testimonial_image_idx" ON "landing_pages_blocks_testimonial" USING btree ("image_id");
  CREATE INDEX "landing_pages_blocks_tool_teaser_order_idx" ON "landing_pages_blocks_tool_teaser" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_tool_teaser_parent_id_idx" ON "landing_pages_blocks_tool_teaser" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_tool_teaser_path_idx" ON "landing_pages_blocks_tool_teaser" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_tool_teaser_tool_idx" ON "landing_pages_blocks_tool_teaser" USING btree ("tool_id");
  CREATE INDEX "landing_pages_blocks_related_order_idx" ON "landing_pages_blocks_related" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_related_parent_id_idx" ON "landing_pages_blocks_related" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_related_path_idx" ON "landing_pages_blocks_related" USING btree ("_path");
  CREATE INDEX "landing_pages_rels_order_idx" ON "landing_pages_rels" USING btree ("order");
  CREATE INDEX "landing_pages_rels_parent_idx" ON "landing_pages_rels" USING btree ("parent_id");
  CREATE INDEX "landing_pages_rels_path_idx" ON "landing_pages_rels" USING btree ("path");
  CREATE INDEX "landing_pages_rels_checklists_id_idx" ON "landing_pages_rels" USING btree ("checklists_id");
  CREATE INDEX "landing_pages_rels_themes_id_idx" ON "landing_pages_rels" USING btree ("themes_id");
  CREATE INDEX "landing_pages_rels_stappenplannen_id_idx" ON "landing_pages_rels" USING btree ("stappenplannen_id");
  CREATE INDEX "landing_pages_rels_videos_id_idx" ON "landing_pages_rels" USING btree ("videos_id");
  CREATE INDEX "landing_pages_rels_tools_id_idx" ON "landing_pages_rels" USING btree ("tools_id");
  CREATE INDEX "landing_pages_rels_course_modules_id_idx" ON "landing_pages_rels" USING btree ("course_modules_id");
  CREATE INDEX "_landing_pages_v_blocks_video_order_idx" ON "_landing_pages_v_blocks_video" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_video_parent_id_idx" ON "_landing_pages_v_blocks_video" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_video_path_idx" ON "_landing_pages_v_blocks_video" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_video_video_idx" ON "_landing_pages_v_blocks_video" USING btree ("video_id");
  CREATE INDEX "_landing_pages_v_blocks_testimonial_order_idx" ON "_landing_pages_v_blocks_testimonial" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_testimonial_parent_id_idx" ON "_landing_pages_v_blocks_testimonial" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_testimonial_path_idx" ON "_landing_pages_v_blocks_testimonial" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_testimonial_image_idx" ON "_landing_pages_v_blocks_testimonial" USING btree ("image_id");
  CREATE INDEX "_landing_pages_v_blocks_tool_teaser_order_idx" ON "_landing_pages_v_blocks_tool_teaser" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_tool_teaser_parent_id_idx" ON "_landing_pages_v_blocks_tool_teaser" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_tool_teaser_path_idx" ON "_landing_pages_v_blocks_tool_teaser" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_tool_teaser_tool_idx" ON "_landing_pages_v_blocks_tool_teaser" USING btree ("tool_id");
  CREATE INDEX "_landing_pages_v_blocks_related_order_idx" ON "_landing_pages_v_blocks_related" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_related_parent_id_idx" ON "_landing_pages_v_blocks_related" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_related_path_idx" ON "_landing_pages_v_blocks_related" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_rels_order_idx" ON "_landing_pages_v_rels" USING btree ("order");
  CREATE INDEX "_landing_pages_v_rels_parent_idx" ON "_landing_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_landing_pages_v_rels_path_idx" ON "_landing_pages_v_rels" USING btree ("path");
  CREATE INDEX "_landing_pages_v_rels_checklists_id_idx" ON "_landing_pages_v_rels" USING btree ("checklists_id");
  CREATE INDEX "_landing_pages_v_rels_themes_id_idx" ON "_landing_pages_v_rels" USING btree ("themes_id");
  CREATE INDEX "_landing_pages_v_rels_stappenplannen_id_idx" ON "_landing_pages_v_rels" USING btree ("stappenplannen_id");
  CREATE INDEX "_landing_pages_v_rels_videos_id_idx" ON "_landing_pages_v_rels" USING btree ("videos_id");
  CREATE INDEX "_landing_pages_v_rels_tools_id_idx" ON "_landing_pages_v_rels" USING btree ("tools_id");
  CREATE INDEX "_landing_pages_v_rels_course_modules_id_idx" ON "_landing_pages_v_rels" USING btree ("course_modules_id");
  CREATE INDEX "newsletter_subscriptions_email_idx" ON "newsletter_subscriptions" USING btree ("email");
  CREATE INDEX "newsletter_subscriptions_status_idx" ON "newsletter_subscriptions" USING btree ("status");
  CREATE INDEX "newsletter_subscriptions_page_idx" ON "newsletter_subscriptions" USING btree ("page");
  CREATE INDEX "newsletter_subscriptions_updated_at_idx" ON "newsletter_subscriptions" USING btree ("updated_at");
  CREATE INDEX "newsletter_subscriptions_created_at_idx" ON "newsletter_subscriptions" USING btree ("created_at");
  CREATE UNIQUE INDEX "email_audience_idx" ON "newsletter_subscriptions" USING btree ("email","audience");
  CREATE UNIQUE INDEX "newsletter_tokens_hash_idx" ON "newsletter_tokens" USING btree ("hash");
  CREATE INDEX "newsletter_tokens_subscription_idx" ON "newsletter_tokens" USING btree ("subscription_id");
  CREATE INDEX "newsletter_tokens_updated_at_idx" ON "newsletter_tokens" USING btree ("updated_at");
  CREATE INDEX "newsletter_tokens_created_at_idx" ON "newsletter_tokens" USING btree ("created_at");
  CREATE INDEX "newsletter_erasures_address_hash_idx" ON "newsletter_erasures" USING btree ("address_hash");
  CREATE INDEX "newsletter_erasures_updated_at_idx" ON "newsletter_erasures" USING btree ("updated_at");
  CREATE INDEX "newsletter_erasures_created_at_idx" ON "newsletter_erasures" USING btree ("created_at");
  CREATE INDEX "stat_days_day_idx" ON "stat_days" USING btree ("day");
  CREATE INDEX "stat_days_updated_at_idx" ON "stat_days" USING btree ("updated_at");
  CREATE INDEX "stat_days_created_at_idx" ON "stat_days" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_subscriptions_fk" FOREIGN KEY ("newsletter_subscriptions_id") REFERENCES "public"."newsletter_subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_tokens_fk" FOREIGN KEY ("newsletter_tokens_id") REFERENCES "public"."newsletter_tokens"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_newsletter_erasures_fk" FOREIGN KEY ("newsletter_erasures_id") REFERENCES "public"."newsletter_erasures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stat_days_fk" FOREIGN KEY ("stat_days_id") REFERENCES "public"."stat_days"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "service_events_day_idx" ON "service_events" USING btree ("day");
  CREATE INDEX "payload_locked_documents_rels_newsletter_subscriptions_i_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_subscriptions_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_tokens_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_tokens_id");
  CREATE INDEX "payload_locked_documents_rels_newsletter_erasures_id_idx" ON "payload_locked_documents_rels" USING btree ("newsletter_erasures_id");
  CREATE INDEX "payload_locked_documents_rels_stat_days_id_idx" ON "payload_locked_documents_rels" USING btree ("stat_days_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "themes_blocks_newsletter" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_themes_v_blocks_newsletter" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_pages_blocks_video" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_pages_blocks_testimonial" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_pages_blocks_tool_teaser" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_pages_blocks_related" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "landing_pages_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_landing_pages_v_blocks_video" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_landing_pages_v_blocks_testimonial" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_landing_pages_v_blocks_tool_teaser" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_landing_pages_v_blocks_related" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_landing_pages_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_subscriptions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_tokens" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "newsletter_erasures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stat_days" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "themes_blocks_newsletter" CASCADE;
  DROP TABLE "_themes_v_blocks_newsletter" CASCADE;
  DROP TABLE "landing_pages_blocks_video" CASCADE;
  DROP TABLE "landing_pages_blocks_testimonial" CASCADE;
  DROP TABLE "landing_pages_blocks_tool_teaser" CASCADE;
  DROP TABLE "landing_pages_blocks_related" CASCADE;
  DROP TABLE "landing_pages_rels" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_video" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_testimonial" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_tool_teaser" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_related" CASCADE;
  DROP TABLE "_landing_pages_v_rels" CASCADE;
  DROP TABLE "newsletter_subscriptions" CASCADE;
  DROP TABLE "newsletter_tokens" CASCADE;
  DROP TABLE "newsletter_erasures" CASCADE;
  DROP TABLE "stat_days" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_subscriptions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_tokens_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_newsletter_erasures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stat_days_fk";
  
  ALTER TABLE "service_events" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_service_events_kind";
  CREATE TYPE "public"."enum_service_events_kind" AS ENUM('tool-completed', 'checklist-used', 'video-played', 'course-module-finished', 'newsletter-signup', 'call-clicked', 'chat-clicked');
  ALTER TABLE "service_events" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_service_events_kind" USING "kind"::"public"."enum_service_events_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "service_events_day_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_subscriptions_i_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_tokens_id_idx";
  DROP INDEX "payload_locked_documents_rels_newsletter_erasures_id_idx";
  DROP INDEX "payload_locked_documents_rels_stat_days_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "landing_pages_blocks_cta" DROP COLUMN "text";
  ALTER TABLE "landing_pages" DROP COLUMN "seo_title";
  ALTER TABLE "landing_pages" DROP COLUMN "seo_description";
  ALTER TABLE "_landing_pages_v_blocks_cta" DROP COLUMN "text";
  ALTER TABLE "_landing_pages_v" DROP COLUMN "version_seo_title";
  ALTER TABLE "_landing_pages_v" DROP COLUMN "version_seo_description";
  ALTER TABLE "service_events" DROP COLUMN "day";
  ALTER TABLE "service_events" DROP COLUMN "new_visitor";
  ALTER TABLE "service_events" DROP COLUMN "burst";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_subscriptions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_tokens_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "newsletter_erasures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stat_days_id";
  DROP TYPE "public"."enum_newsletter_subscriptions_audience";
  DROP TYPE "public"."enum_newsletter_subscriptions_status";
  DROP TYPE "public"."enum_newsletter_subscriptions_channel";
  DROP TYPE "public"."enum_newsletter_tokens_purpose";
  DROP TYPE "public"."enum_stat_days_site";
  DROP TYPE "public"."enum_stat_days_channel";
  DROP TYPE "public"."enum_stat_days_kind";`)
}

import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_checklists_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_checklists_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum_checklists_delict" AS ENUM('fraude', 'geweld', 'nabestaande-na-zelfdoding', 'online-seksuele-intimidatie', 'overval-of-beroving', 'seksueel-misbruik', 'stalking', 'verkeersongeval', 'woninginbraak', 'algemeen');
  CREATE TYPE "public"."enum_checklists_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__checklists_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__checklists_v_version_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum__checklists_v_version_delict" AS ENUM('fraude', 'geweld', 'nabestaande-na-zelfdoding', 'online-seksuele-intimidatie', 'overval-of-beroving', 'seksueel-misbruik', 'stalking', 'verkeersongeval', 'woninginbraak', 'algemeen');
  CREATE TYPE "public"."enum__checklists_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_themes_delicts" AS ENUM('fraude', 'geweld', 'nabestaande-na-zelfdoding', 'online-seksuele-intimidatie', 'overval-of-beroving', 'seksueel-misbruik', 'stalking', 'verkeersongeval', 'woninginbraak', 'algemeen');
  CREATE TYPE "public"."enum_themes_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_themes_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum_themes_section" AS ENUM('iemand-ondersteunen', 'goed-voor-uzelf-zorgen', 'hoe-doen-anderen-het', 'begeleiding-en-cursus', 'situatie', 'sector', 'praktische-ondersteuning', 'doorverwijzen', 'trainingen', 'kennis-en-onderzoek');
  CREATE TYPE "public"."enum_themes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__themes_v_version_delicts" AS ENUM('fraude', 'geweld', 'nabestaande-na-zelfdoding', 'online-seksuele-intimidatie', 'overval-of-beroving', 'seksueel-misbruik', 'stalking', 'verkeersongeval', 'woninginbraak', 'algemeen');
  CREATE TYPE "public"."enum__themes_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__themes_v_version_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum__themes_v_version_section" AS ENUM('iemand-ondersteunen', 'goed-voor-uzelf-zorgen', 'hoe-doen-anderen-het', 'begeleiding-en-cursus', 'situatie', 'sector', 'praktische-ondersteuning', 'doorverwijzen', 'trainingen', 'kennis-en-onderzoek');
  CREATE TYPE "public"."enum__themes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_stappenplannen_sectors" AS ENUM('onderwijs', 'zorg', 'hulpverlening', 'sociaal-domein', 'hr', 'sport');
  CREATE TYPE "public"."enum_stappenplannen_phases_phase" AS ENUM('preventief', 'acute-fase', 'nafase');
  CREATE TYPE "public"."enum_stappenplannen_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_stappenplannen_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum_stappenplannen_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stappenplannen_v_version_sectors" AS ENUM('onderwijs', 'zorg', 'hulpverlening', 'sociaal-domein', 'hr', 'sport');
  CREATE TYPE "public"."enum__stappenplannen_v_version_phases_phase" AS ENUM('preventief', 'acute-fase', 'nafase');
  CREATE TYPE "public"."enum__stappenplannen_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__stappenplannen_v_version_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum__stappenplannen_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_videos_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_videos_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum_videos_kind" AS ENUM('ervaringsverhaal', 'voorbeeldscenario', 'uitleg', 'animatie');
  CREATE TYPE "public"."enum_videos_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__videos_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__videos_v_version_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum__videos_v_version_kind" AS ENUM('ervaringsverhaal', 'voorbeeldscenario', 'uitleg', 'animatie');
  CREATE TYPE "public"."enum__videos_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_courses_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_courses_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum_courses_level" AS ENUM('basis', 'verdiepend');
  CREATE TYPE "public"."enum_courses_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__courses_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__courses_v_version_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum__courses_v_version_level" AS ENUM('basis', 'verdiepend');
  CREATE TYPE "public"."enum__courses_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_course_modules_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_course_modules_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum_course_modules_level" AS ENUM('basis', 'verdiepend');
  CREATE TYPE "public"."enum_course_modules_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__course_modules_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__course_modules_v_version_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum__course_modules_v_version_level" AS ENUM('basis', 'verdiepend');
  CREATE TYPE "public"."enum__course_modules_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organisations_contacts_kind" AS ENUM('phone', 'chat', 'website', 'email', 'whatsapp');
  CREATE TYPE "public"."enum_organisations_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_organisations_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum_organisations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_version_contacts_kind" AS ENUM('phone', 'chat', 'website', 'email', 'whatsapp');
  CREATE TYPE "public"."enum__organisations_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__organisations_v_version_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum__organisations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_tools_blocks_outcome_delicts" AS ENUM('fraude', 'geweld', 'nabestaande-na-zelfdoding', 'online-seksuele-intimidatie', 'overval-of-beroving', 'seksueel-misbruik', 'stalking', 'verkeersongeval', 'woninginbraak', 'algemeen');
  CREATE TYPE "public"."enum_tools_definition_steps_kind" AS ENUM('single', 'multiple');
  CREATE TYPE "public"."enum_tools_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_tools_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum_tools_kind" AS ENUM('scored', 'decision-tree', 'plan');
  CREATE TYPE "public"."enum_tools_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__tools_v_blocks_outcome_delicts" AS ENUM('fraude', 'geweld', 'nabestaande-na-zelfdoding', 'online-seksuele-intimidatie', 'overval-of-beroving', 'seksueel-misbruik', 'stalking', 'verkeersongeval', 'woninginbraak', 'algemeen');
  CREATE TYPE "public"."enum__tools_v_version_definition_steps_kind" AS ENUM('single', 'multiple');
  CREATE TYPE "public"."enum__tools_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__tools_v_version_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum__tools_v_version_kind" AS ENUM('scored', 'decision-tree', 'plan');
  CREATE TYPE "public"."enum__tools_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_landing_pages_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_landing_pages_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum_landing_pages_channel" AS ENUM('campagne', 'organisch-zoeken', 'direct', 'social', 'referral', 'e-mail', 'betaald-zoeken');
  CREATE TYPE "public"."enum_landing_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__landing_pages_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__landing_pages_v_version_review_status" AS ENUM('verified', 'partly', 'unverified');
  CREATE TYPE "public"."enum__landing_pages_v_version_channel" AS ENUM('campagne', 'organisch-zoeken', 'direct', 'social', 'referral', 'e-mail', 'betaald-zoeken');
  CREATE TYPE "public"."enum__landing_pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_helper_tips_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum_helper_tips_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__helper_tips_v_version_site" AS ENUM('helpers', 'professionals', 'both');
  CREATE TYPE "public"."enum__helper_tips_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'marketer');
  CREATE TYPE "public"."enum_service_events_kind" AS ENUM('tool-completed', 'checklist-used', 'video-played', 'course-module-finished', 'newsletter-signup', 'call-clicked', 'chat-clicked');
  CREATE TYPE "public"."enum_service_events_site" AS ENUM('helpers', 'professionals');
  CREATE TYPE "public"."enum_service_events_channel" AS ENUM('campagne', 'organisch-zoeken', 'direct', 'social', 'referral', 'e-mail', 'betaald-zoeken');
  CREATE TYPE "public"."enum_rebuild_requests_site" AS ENUM('helpers', 'professionals');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "checklists_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "checklists_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"detail" varchar,
  	"theme_id" integer
  );
  
  CREATE TABLE "checklists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_checklists_site" DEFAULT 'helpers',
  	"summary" varchar,
  	"review_owner" varchar,
  	"review_status" "enum_checklists_review_status" DEFAULT 'unverified',
  	"review_last_checked" timestamp(3) with time zone,
  	"review_review_interval_months" numeric DEFAULT 12,
  	"review_note" varchar,
  	"delict" "enum_checklists_delict",
  	"intro" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_checklists_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_checklists_v_version_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_checklists_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"detail" varchar,
  	"theme_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_checklists_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__checklists_v_version_site" DEFAULT 'helpers',
  	"version_summary" varchar,
  	"version_review_owner" varchar,
  	"version_review_status" "enum__checklists_v_version_review_status" DEFAULT 'unverified',
  	"version_review_last_checked" timestamp(3) with time zone,
  	"version_review_review_interval_months" numeric DEFAULT 12,
  	"version_review_note" varchar,
  	"version_delict" "enum__checklists_v_version_delict",
  	"version_intro" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__checklists_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "themes_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "themes_delicts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_themes_delicts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "themes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_themes_site" DEFAULT 'helpers',
  	"summary" varchar,
  	"review_owner" varchar,
  	"review_status" "enum_themes_review_status" DEFAULT 'unverified',
  	"review_last_checked" timestamp(3) with time zone,
  	"review_review_interval_months" numeric DEFAULT 12,
  	"review_note" varchar,
  	"section" "enum_themes_section",
  	"order" numeric,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_themes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_themes_v_version_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_themes_v_version_delicts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__themes_v_version_delicts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_themes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__themes_v_version_site" DEFAULT 'helpers',
  	"version_summary" varchar,
  	"version_review_owner" varchar,
  	"version_review_status" "enum__themes_v_version_review_status" DEFAULT 'unverified',
  	"version_review_last_checked" timestamp(3) with time zone,
  	"version_review_review_interval_months" numeric DEFAULT 12,
  	"version_review_note" varchar,
  	"version_section" "enum__themes_v_version_section",
  	"version_order" numeric,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__themes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "stappenplannen_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "stappenplannen_sectors" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_stappenplannen_sectors",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "stappenplannen_phases_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"action" varchar,
  	"who" varchar
  );
  
  CREATE TABLE "stappenplannen_phases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phase" "enum_stappenplannen_phases_phase",
  	"intro" varchar
  );
  
  CREATE TABLE "stappenplannen" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_stappenplannen_site" DEFAULT 'professionals',
  	"summary" varchar,
  	"review_owner" varchar,
  	"review_status" "enum_stappenplannen_review_status" DEFAULT 'unverified',
  	"review_last_checked" timestamp(3) with time zone,
  	"review_review_interval_months" numeric DEFAULT 12,
  	"review_note" varchar,
  	"situation" varchar,
  	"intro" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stappenplannen_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_stappenplannen_v_version_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_stappenplannen_v_version_sectors" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__stappenplannen_v_version_sectors",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_stappenplannen_v_version_phases_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"action" varchar,
  	"who" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_stappenplannen_v_version_phases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"phase" "enum__stappenplannen_v_version_phases_phase",
  	"intro" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_stappenplannen_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__stappenplannen_v_version_site" DEFAULT 'professionals',
  	"version_summary" varchar,
  	"version_review_owner" varchar,
  	"version_review_status" "enum__stappenplannen_v_version_review_status" DEFAULT 'unverified',
  	"version_review_last_checked" timestamp(3) with time zone,
  	"version_review_review_interval_months" numeric DEFAULT 12,
  	"version_review_note" varchar,
  	"version_situation" varchar,
  	"version_intro" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stappenplannen_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "videos_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "videos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_videos_site" DEFAULT 'helpers',
  	"summary" varchar,
  	"review_owner" varchar,
  	"review_status" "enum_videos_review_status" DEFAULT 'unverified',
  	"review_last_checked" timestamp(3) with time zone,
  	"review_review_interval_months" numeric DEFAULT 12,
  	"review_note" varchar,
  	"kind" "enum_videos_kind",
  	"hosting_url" varchar,
  	"poster_id" integer,
  	"duration_seconds" numeric,
  	"captions_url" varchar,
  	"transcript" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_videos_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_videos_v_version_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_videos_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__videos_v_version_site" DEFAULT 'helpers',
  	"version_summary" varchar,
  	"version_review_owner" varchar,
  	"version_review_status" "enum__videos_v_version_review_status" DEFAULT 'unverified',
  	"version_review_last_checked" timestamp(3) with time zone,
  	"version_review_review_interval_months" numeric DEFAULT 12,
  	"version_review_note" varchar,
  	"version_kind" "enum__videos_v_version_kind",
  	"version_hosting_url" varchar,
  	"version_poster_id" integer,
  	"version_duration_seconds" numeric,
  	"version_captions_url" varchar,
  	"version_transcript" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__videos_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "courses_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "courses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_courses_site" DEFAULT 'helpers',
  	"summary" varchar,
  	"review_owner" varchar,
  	"review_status" "enum_courses_review_status" DEFAULT 'unverified',
  	"review_last_checked" timestamp(3) with time zone,
  	"review_review_interval_months" numeric DEFAULT 12,
  	"review_note" varchar,
  	"level" "enum_courses_level",
  	"intro" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_courses_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_courses_v_version_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_courses_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__courses_v_version_site" DEFAULT 'helpers',
  	"version_summary" varchar,
  	"version_review_owner" varchar,
  	"version_review_status" "enum__courses_v_version_review_status" DEFAULT 'unverified',
  	"version_review_last_checked" timestamp(3) with time zone,
  	"version_review_review_interval_months" numeric DEFAULT 12,
  	"version_review_note" varchar,
  	"version_level" "enum__courses_v_version_level",
  	"version_intro" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__courses_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "course_modules_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "course_modules_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"body" jsonb
  );
  
  CREATE TABLE "course_modules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_course_modules_site" DEFAULT 'helpers',
  	"summary" varchar,
  	"review_owner" varchar,
  	"review_status" "enum_course_modules_review_status" DEFAULT 'unverified',
  	"review_last_checked" timestamp(3) with time zone,
  	"review_review_interval_months" numeric DEFAULT 12,
  	"review_note" varchar,
  	"course_id" integer,
  	"order" numeric DEFAULT 1,
  	"level" "enum_course_modules_level",
  	"duration_minutes" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_course_modules_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_course_modules_v_version_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_course_modules_v_version_lessons" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"body" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_course_modules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__course_modules_v_version_site" DEFAULT 'helpers',
  	"version_summary" varchar,
  	"version_review_owner" varchar,
  	"version_review_status" "enum__course_modules_v_version_review_status" DEFAULT 'unverified',
  	"version_review_last_checked" timestamp(3) with time zone,
  	"version_review_review_interval_months" numeric DEFAULT 12,
  	"version_review_note" varchar,
  	"version_course_id" integer,
  	"version_order" numeric DEFAULT 1,
  	"version_level" "enum__course_modules_v_version_level",
  	"version_duration_minutes" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__course_modules_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "organisations_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "organisations_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_organisations_contacts_kind",
  	"label" varchar,
  	"value" varchar,
  	"hours" varchar
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_organisations_site" DEFAULT 'both',
  	"summary" varchar,
  	"review_owner" varchar,
  	"review_status" "enum_organisations_review_status" DEFAULT 'unverified',
  	"review_last_checked" timestamp(3) with time zone,
  	"review_review_interval_months" numeric DEFAULT 12,
  	"review_note" varchar,
  	"helps_with" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organisations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_organisations_v_version_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisations_v_version_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__organisations_v_version_contacts_kind",
  	"label" varchar,
  	"value" varchar,
  	"hours" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__organisations_v_version_site" DEFAULT 'both',
  	"version_summary" varchar,
  	"version_review_owner" varchar,
  	"version_review_status" "enum__organisations_v_version_review_status" DEFAULT 'unverified',
  	"version_review_last_checked" timestamp(3) with time zone,
  	"version_review_review_interval_months" numeric DEFAULT 12,
  	"version_review_note" varchar,
  	"version_helps_with" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organisations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "tools_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "tools_definition_dimensions_bands_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar
  );
  
  CREATE TABLE "tools_definition_dimensions_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"min" numeric,
  	"max" numeric,
  	"advice" varchar
  );
  
  CREATE TABLE "tools_definition_dimensions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"description" varchar
  );
  
  CREATE TABLE "tools_blocks_single_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"score" numeric DEFAULT 0,
  	"at_risk" boolean,
  	"exclusive" boolean
  );
  
  CREATE TABLE "tools_blocks_single" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" varchar,
  	"text" varchar,
  	"help" varchar,
  	"show_if_question" varchar,
  	"show_if_min" numeric,
  	"show_if_max" numeric,
  	"attention_point" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "tools_blocks_multiple_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"score" numeric DEFAULT 0,
  	"at_risk" boolean,
  	"exclusive" boolean
  );
  
  CREATE TABLE "tools_blocks_multiple" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" varchar,
  	"text" varchar,
  	"help" varchar,
  	"show_if_question" varchar,
  	"show_if_min" numeric,
  	"show_if_max" numeric,
  	"attention_point" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "tools_blocks_scale" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" varchar,
  	"text" varchar,
  	"help" varchar,
  	"show_if_question" varchar,
  	"show_if_min" numeric,
  	"show_if_max" numeric,
  	"attention_point" varchar,
  	"min" numeric,
  	"max" numeric,
  	"min_label" varchar,
  	"max_label" varchar,
  	"weight" numeric DEFAULT 1,
  	"reverse" boolean,
  	"risk_at_min" numeric,
  	"risk_at_max" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "tools_blocks_number_scoring" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" numeric,
  	"score" numeric
  );
  
  CREATE TABLE "tools_blocks_number" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" varchar,
  	"text" varchar,
  	"help" varchar,
  	"show_if_question" varchar,
  	"show_if_min" numeric,
  	"show_if_max" numeric,
  	"attention_point" varchar,
  	"min" numeric,
  	"max" numeric,
  	"unit" varchar,
  	"risk_at_min" numeric,
  	"risk_at_max" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "tools_blocks_question_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"next" varchar
  );
  
  CREATE TABLE "tools_blocks_question" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"text" varchar,
  	"help" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "tools_blocks_outcome_organisations" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organisation_id" integer,
  	"why" varchar
  );
  
  CREATE TABLE "tools_blocks_outcome_delicts" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_tools_blocks_outcome_delicts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "tools_blocks_outcome_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar
  );
  
  CREATE TABLE "tools_blocks_outcome" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"advice" varchar,
  	"urgent" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "tools_definition_safety_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"then_urgent" boolean,
  	"then_must_name_first_id" integer,
  	"then_min_phone_organisations" numeric
  );
  
  CREATE TABLE "tools_definition_sections_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "tools_definition_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"intro" varchar,
  	"write_in" numeric
  );
  
  CREATE TABLE "tools_definition_steps_options_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"section" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "tools_definition_steps_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"exclusive" boolean
  );
  
  CREATE TABLE "tools_definition_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" "enum_tools_definition_steps_kind" DEFAULT 'single',
  	"text" varchar,
  	"help" varchar
  );
  
  CREATE TABLE "tools_definition_organisations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"organisation_id" integer,
  	"why" varchar
  );
  
  CREATE TABLE "tools" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_tools_site" DEFAULT 'helpers',
  	"summary" varchar,
  	"review_owner" varchar,
  	"review_status" "enum_tools_review_status" DEFAULT 'unverified',
  	"review_last_checked" timestamp(3) with time zone,
  	"review_review_interval_months" numeric DEFAULT 12,
  	"review_note" varchar,
  	"kind" "enum_tools_kind",
  	"intro" varchar,
  	"definition_start" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_tools_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "tools_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "tools_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer
  );
  
  CREATE TABLE "_tools_v_version_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_dimensions_bands_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_dimensions_bands" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"min" numeric,
  	"max" numeric,
  	"advice" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_dimensions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_single_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"score" numeric DEFAULT 0,
  	"at_risk" boolean,
  	"exclusive" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_single" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" varchar,
  	"text" varchar,
  	"help" varchar,
  	"show_if_question" varchar,
  	"show_if_min" numeric,
  	"show_if_max" numeric,
  	"attention_point" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_multiple_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"score" numeric DEFAULT 0,
  	"at_risk" boolean,
  	"exclusive" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_multiple" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" varchar,
  	"text" varchar,
  	"help" varchar,
  	"show_if_question" varchar,
  	"show_if_min" numeric,
  	"show_if_max" numeric,
  	"attention_point" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_scale" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" varchar,
  	"text" varchar,
  	"help" varchar,
  	"show_if_question" varchar,
  	"show_if_min" numeric,
  	"show_if_max" numeric,
  	"attention_point" varchar,
  	"min" numeric,
  	"max" numeric,
  	"min_label" varchar,
  	"max_label" varchar,
  	"weight" numeric DEFAULT 1,
  	"reverse" boolean,
  	"risk_at_min" numeric,
  	"risk_at_max" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_number_scoring" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" numeric,
  	"score" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_number" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"dimension" varchar,
  	"text" varchar,
  	"help" varchar,
  	"show_if_question" varchar,
  	"show_if_min" numeric,
  	"show_if_max" numeric,
  	"attention_point" varchar,
  	"min" numeric,
  	"max" numeric,
  	"unit" varchar,
  	"risk_at_min" numeric,
  	"risk_at_max" numeric,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_question_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"next" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_question" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"text" varchar,
  	"help" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_outcome_organisations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_id" integer,
  	"why" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_outcome_delicts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__tools_v_blocks_outcome_delicts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_tools_v_blocks_outcome_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_blocks_outcome" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"advice" varchar,
  	"urgent" boolean,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_safety_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"then_urgent" boolean,
  	"then_must_name_first_id" integer,
  	"then_min_phone_organisations" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_sections_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar,
  	"intro" varchar,
  	"write_in" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_steps_options_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"section" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_steps_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"label" varchar,
  	"exclusive" boolean,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"kind" "enum__tools_v_version_definition_steps_kind" DEFAULT 'single',
  	"text" varchar,
  	"help" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v_version_definition_organisations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation_id" integer,
  	"why" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_tools_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__tools_v_version_site" DEFAULT 'helpers',
  	"version_summary" varchar,
  	"version_review_owner" varchar,
  	"version_review_status" "enum__tools_v_version_review_status" DEFAULT 'unverified',
  	"version_review_last_checked" timestamp(3) with time zone,
  	"version_review_review_interval_months" numeric DEFAULT 12,
  	"version_review_note" varchar,
  	"version_kind" "enum__tools_v_version_kind",
  	"version_intro" varchar,
  	"version_definition_start" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__tools_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_tools_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_tools_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organisations_id" integer
  );
  
  CREATE TABLE "landing_pages_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false
  );
  
  CREATE TABLE "landing_pages_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages_blocks_newsletter" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "landing_pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_landing_pages_site" DEFAULT 'professionals',
  	"summary" varchar,
  	"review_owner" varchar,
  	"review_status" "enum_landing_pages_review_status" DEFAULT 'unverified',
  	"review_last_checked" timestamp(3) with time zone,
  	"review_review_interval_months" numeric DEFAULT 12,
  	"review_note" varchar,
  	"channel" "enum_landing_pages_channel",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_landing_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_landing_pages_v_version_review_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"supports" varchar,
  	"verified" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_hero" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"image_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"href" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v_blocks_newsletter" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_landing_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__landing_pages_v_version_site" DEFAULT 'professionals',
  	"version_summary" varchar,
  	"version_review_owner" varchar,
  	"version_review_status" "enum__landing_pages_v_version_review_status" DEFAULT 'unverified',
  	"version_review_last_checked" timestamp(3) with time zone,
  	"version_review_review_interval_months" numeric DEFAULT 12,
  	"version_review_note" varchar,
  	"version_channel" "enum__landing_pages_v_version_channel",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__landing_pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "helper_tips" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"site" "enum_helper_tips_site" DEFAULT 'helpers',
  	"summary" varchar,
  	"body" varchar,
  	"signature" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_helper_tips_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_helper_tips_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_site" "enum__helper_tips_v_version_site" DEFAULT 'helpers',
  	"version_summary" varchar,
  	"version_body" varchar,
  	"version_signature" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__helper_tips_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"prefix" varchar DEFAULT '',
  	"_objectkey" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_small_url" varchar,
  	"sizes_small_width" numeric,
  	"sizes_small_height" numeric,
  	"sizes_small_mime_type" varchar,
  	"sizes_small_filesize" numeric,
  	"sizes_small_filename" varchar,
  	"sizes_medium_url" varchar,
  	"sizes_medium_width" numeric,
  	"sizes_medium_height" numeric,
  	"sizes_medium_mime_type" varchar,
  	"sizes_medium_filesize" numeric,
  	"sizes_medium_filename" varchar,
  	"sizes_large_url" varchar,
  	"sizes_large_width" numeric,
  	"sizes_large_height" numeric,
  	"sizes_large_mime_type" varchar,
  	"sizes_large_filesize" numeric,
  	"sizes_large_filename" varchar
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "service_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_service_events_kind" NOT NULL,
  	"site" "enum_service_events_site" NOT NULL,
  	"channel" "enum_service_events_channel" NOT NULL,
  	"subject" varchar NOT NULL,
  	"outcome" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rebuild_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site" "enum_rebuild_requests_site" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rate_limits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"window_start" numeric NOT NULL,
  	"used" numeric NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"checklists_id" integer,
  	"themes_id" integer,
  	"stappenplannen_id" integer,
  	"videos_id" integer,
  	"courses_id" integer,
  	"course_modules_id" integer,
  	"organisations_id" integer,
  	"tools_id" integer,
  	"landing_pages_id" integer,
  	"helper_tips_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"service_events_id" integer,
  	"rebuild_requests_id" integer,
  	"rate_limits_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_helpers_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_helpers_footer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_professionals_navigation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_professionals_footer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"href" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_search_synonyms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"synonyms" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"service_line_phone" varchar NOT NULL,
  	"service_line_chat_url" varchar NOT NULL,
  	"service_line_hours" varchar NOT NULL,
  	"advieslijn_phone" varchar NOT NULL,
  	"advieslijn_email" varchar,
  	"advieslijn_hours" varchar NOT NULL,
  	"quick_exit_url" varchar DEFAULT 'https://www.weeronline.nl/' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "checklists_review_sources" ADD CONSTRAINT "checklists_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "checklists_items" ADD CONSTRAINT "checklists_items_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "checklists_items" ADD CONSTRAINT "checklists_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checklists_v_version_review_sources" ADD CONSTRAINT "_checklists_v_version_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_checklists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checklists_v_version_items" ADD CONSTRAINT "_checklists_v_version_items_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_checklists_v_version_items" ADD CONSTRAINT "_checklists_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_checklists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_checklists_v" ADD CONSTRAINT "_checklists_v_parent_id_checklists_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."checklists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "themes_review_sources" ADD CONSTRAINT "themes_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "themes_delicts" ADD CONSTRAINT "themes_delicts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_themes_v_version_review_sources" ADD CONSTRAINT "_themes_v_version_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_themes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_themes_v_version_delicts" ADD CONSTRAINT "_themes_v_version_delicts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_themes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_themes_v" ADD CONSTRAINT "_themes_v_parent_id_themes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."themes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stappenplannen_review_sources" ADD CONSTRAINT "stappenplannen_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stappenplannen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stappenplannen_sectors" ADD CONSTRAINT "stappenplannen_sectors_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stappenplannen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stappenplannen_phases_steps" ADD CONSTRAINT "stappenplannen_phases_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stappenplannen_phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stappenplannen_phases" ADD CONSTRAINT "stappenplannen_phases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stappenplannen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stappenplannen_v_version_review_sources" ADD CONSTRAINT "_stappenplannen_v_version_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stappenplannen_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stappenplannen_v_version_sectors" ADD CONSTRAINT "_stappenplannen_v_version_sectors_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stappenplannen_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stappenplannen_v_version_phases_steps" ADD CONSTRAINT "_stappenplannen_v_version_phases_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stappenplannen_v_version_phases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stappenplannen_v_version_phases" ADD CONSTRAINT "_stappenplannen_v_version_phases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stappenplannen_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stappenplannen_v" ADD CONSTRAINT "_stappenplannen_v_parent_id_stappenplannen_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stappenplannen"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "videos_review_sources" ADD CONSTRAINT "videos_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "videos" ADD CONSTRAINT "videos_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v_version_review_sources" ADD CONSTRAINT "_videos_v_version_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_videos_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_parent_id_videos_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."videos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_videos_v" ADD CONSTRAINT "_videos_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "courses_review_sources" ADD CONSTRAINT "courses_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v_version_review_sources" ADD CONSTRAINT "_courses_v_version_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_courses_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_courses_v" ADD CONSTRAINT "_courses_v_parent_id_courses_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "course_modules_review_sources" ADD CONSTRAINT "course_modules_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_modules_lessons" ADD CONSTRAINT "course_modules_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."course_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "course_modules" ADD CONSTRAINT "course_modules_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_course_modules_v_version_review_sources" ADD CONSTRAINT "_course_modules_v_version_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_modules_v_version_lessons" ADD CONSTRAINT "_course_modules_v_version_lessons_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_course_modules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_course_modules_v" ADD CONSTRAINT "_course_modules_v_parent_id_course_modules_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."course_modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_course_modules_v" ADD CONSTRAINT "_course_modules_v_version_course_id_courses_id_fk" FOREIGN KEY ("version_course_id") REFERENCES "public"."courses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_review_sources" ADD CONSTRAINT "organisations_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations_contacts" ADD CONSTRAINT "organisations_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_review_sources" ADD CONSTRAINT "_organisations_v_version_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v_version_contacts" ADD CONSTRAINT "_organisations_v_version_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tools_review_sources" ADD CONSTRAINT "tools_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_dimensions_bands_links" ADD CONSTRAINT "tools_definition_dimensions_bands_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_definition_dimensions_bands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_dimensions_bands" ADD CONSTRAINT "tools_definition_dimensions_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_definition_dimensions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_dimensions" ADD CONSTRAINT "tools_definition_dimensions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_single_options" ADD CONSTRAINT "tools_blocks_single_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_blocks_single"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_single" ADD CONSTRAINT "tools_blocks_single_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_multiple_options" ADD CONSTRAINT "tools_blocks_multiple_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_blocks_multiple"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_multiple" ADD CONSTRAINT "tools_blocks_multiple_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_scale" ADD CONSTRAINT "tools_blocks_scale_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_number_scoring" ADD CONSTRAINT "tools_blocks_number_scoring_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_blocks_number"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_number" ADD CONSTRAINT "tools_blocks_number_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_question_options" ADD CONSTRAINT "tools_blocks_question_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_blocks_question"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_question" ADD CONSTRAINT "tools_blocks_question_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_outcome_organisations" ADD CONSTRAINT "tools_blocks_outcome_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tools_blocks_outcome_organisations" ADD CONSTRAINT "tools_blocks_outcome_organisations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_blocks_outcome"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_outcome_delicts" ADD CONSTRAINT "tools_blocks_outcome_delicts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tools_blocks_outcome"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_outcome_links" ADD CONSTRAINT "tools_blocks_outcome_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_blocks_outcome"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_blocks_outcome" ADD CONSTRAINT "tools_blocks_outcome_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_safety_rules" ADD CONSTRAINT "tools_definition_safety_rules_then_must_name_first_id_organisations_id_fk" FOREIGN KEY ("then_must_name_first_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tools_definition_safety_rules" ADD CONSTRAINT "tools_definition_safety_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_sections_items" ADD CONSTRAINT "tools_definition_sections_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_definition_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_sections" ADD CONSTRAINT "tools_definition_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_steps_options_items" ADD CONSTRAINT "tools_definition_steps_options_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_definition_steps_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_steps_options" ADD CONSTRAINT "tools_definition_steps_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools_definition_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_steps" ADD CONSTRAINT "tools_definition_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_definition_organisations" ADD CONSTRAINT "tools_definition_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tools_definition_organisations" ADD CONSTRAINT "tools_definition_organisations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_texts" ADD CONSTRAINT "tools_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_rels" ADD CONSTRAINT "tools_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tools_rels" ADD CONSTRAINT "tools_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_review_sources" ADD CONSTRAINT "_tools_v_version_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_dimensions_bands_links" ADD CONSTRAINT "_tools_v_version_definition_dimensions_bands_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_version_definition_dimensions_bands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_dimensions_bands" ADD CONSTRAINT "_tools_v_version_definition_dimensions_bands_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_version_definition_dimensions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_dimensions" ADD CONSTRAINT "_tools_v_version_definition_dimensions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_single_options" ADD CONSTRAINT "_tools_v_blocks_single_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_blocks_single"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_single" ADD CONSTRAINT "_tools_v_blocks_single_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_multiple_options" ADD CONSTRAINT "_tools_v_blocks_multiple_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_blocks_multiple"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_multiple" ADD CONSTRAINT "_tools_v_blocks_multiple_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_scale" ADD CONSTRAINT "_tools_v_blocks_scale_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_number_scoring" ADD CONSTRAINT "_tools_v_blocks_number_scoring_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_blocks_number"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_number" ADD CONSTRAINT "_tools_v_blocks_number_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_question_options" ADD CONSTRAINT "_tools_v_blocks_question_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_blocks_question"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_question" ADD CONSTRAINT "_tools_v_blocks_question_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_outcome_organisations" ADD CONSTRAINT "_tools_v_blocks_outcome_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_outcome_organisations" ADD CONSTRAINT "_tools_v_blocks_outcome_organisations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_blocks_outcome"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_outcome_delicts" ADD CONSTRAINT "_tools_v_blocks_outcome_delicts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tools_v_blocks_outcome"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_outcome_links" ADD CONSTRAINT "_tools_v_blocks_outcome_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_blocks_outcome"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_blocks_outcome" ADD CONSTRAINT "_tools_v_blocks_outcome_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_safety_rules" ADD CONSTRAINT "_tools_v_version_definition_safety_rules_then_must_name_first_id_organisations_id_fk" FOREIGN KEY ("then_must_name_first_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_safety_rules" ADD CONSTRAINT "_tools_v_version_definition_safety_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_sections_items" ADD CONSTRAINT "_tools_v_version_definition_sections_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_version_definition_sections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_sections" ADD CONSTRAINT "_tools_v_version_definition_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_steps_options_items" ADD CONSTRAINT "_tools_v_version_definition_steps_options_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_version_definition_steps_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_steps_options" ADD CONSTRAINT "_tools_v_version_definition_steps_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v_version_definition_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_steps" ADD CONSTRAINT "_tools_v_version_definition_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_organisations" ADD CONSTRAINT "_tools_v_version_definition_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tools_v_version_definition_organisations" ADD CONSTRAINT "_tools_v_version_definition_organisations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v" ADD CONSTRAINT "_tools_v_parent_id_tools_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tools"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tools_v_texts" ADD CONSTRAINT "_tools_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_rels" ADD CONSTRAINT "_tools_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_tools_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_tools_v_rels" ADD CONSTRAINT "_tools_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_review_sources" ADD CONSTRAINT "landing_pages_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_hero" ADD CONSTRAINT "landing_pages_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_hero" ADD CONSTRAINT "landing_pages_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_text" ADD CONSTRAINT "landing_pages_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_cta" ADD CONSTRAINT "landing_pages_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "landing_pages_blocks_newsletter" ADD CONSTRAINT "landing_pages_blocks_newsletter_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_version_review_sources" ADD CONSTRAINT "_landing_pages_v_version_review_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_hero" ADD CONSTRAINT "_landing_pages_v_blocks_hero_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_hero" ADD CONSTRAINT "_landing_pages_v_blocks_hero_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_text" ADD CONSTRAINT "_landing_pages_v_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_cta" ADD CONSTRAINT "_landing_pages_v_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v_blocks_newsletter" ADD CONSTRAINT "_landing_pages_v_blocks_newsletter_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_landing_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_landing_pages_v" ADD CONSTRAINT "_landing_pages_v_parent_id_landing_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."landing_pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_helper_tips_v" ADD CONSTRAINT "_helper_tips_v_parent_id_helper_tips_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."helper_tips"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_checklists_fk" FOREIGN KEY ("checklists_id") REFERENCES "public"."checklists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_themes_fk" FOREIGN KEY ("themes_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stappenplannen_fk" FOREIGN KEY ("stappenplannen_id") REFERENCES "public"."stappenplannen"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_videos_fk" FOREIGN KEY ("videos_id") REFERENCES "public"."videos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_courses_fk" FOREIGN KEY ("courses_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_course_modules_fk" FOREIGN KEY ("course_modules_id") REFERENCES "public"."course_modules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tools_fk" FOREIGN KEY ("tools_id") REFERENCES "public"."tools"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_landing_pages_fk" FOREIGN KEY ("landing_pages_id") REFERENCES "public"."landing_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_helper_tips_fk" FOREIGN KEY ("helper_tips_id") REFERENCES "public"."helper_tips"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_service_events_fk" FOREIGN KEY ("service_events_id") REFERENCES "public"."service_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rebuild_requests_fk" FOREIGN KEY ("rebuild_requests_id") REFERENCES "public"."rebuild_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rate_limits_fk" FOREIGN KEY ("rate_limits_id") REFERENCES "public"."rate_limits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_helpers_navigation" ADD CONSTRAINT "site_settings_helpers_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_helpers_footer" ADD CONSTRAINT "site_settings_helpers_footer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_professionals_navigation" ADD CONSTRAINT "site_settings_professionals_navigation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_professionals_footer" ADD CONSTRAINT "site_settings_professionals_footer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_search_synonyms" ADD CONSTRAINT "site_settings_search_synonyms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "checklists_review_sources_order_idx" ON "checklists_review_sources" USING btree ("_order");
  CREATE INDEX "checklists_review_sources_parent_id_idx" ON "checklists_review_sources" USING btree ("_parent_id");
  CREATE INDEX "checklists_items_order_idx" ON "checklists_items" USING btree ("_order");
  CREATE INDEX "checklists_items_parent_id_idx" ON "checklists_items" USING btree ("_parent_id");
  CREATE INDEX "checklists_items_theme_idx" ON "checklists_items" USING btree ("theme_id");
  CREATE INDEX "checklists_slug_idx" ON "checklists" USING btree ("slug");
  CREATE INDEX "checklists_updated_at_idx" ON "checklists" USING btree ("updated_at");
  CREATE INDEX "checklists_created_at_idx" ON "checklists" USING btree ("created_at");
  CREATE INDEX "checklists__status_idx" ON "checklists" USING btree ("_status");
  CREATE INDEX "_checklists_v_version_review_sources_order_idx" ON "_checklists_v_version_review_sources" USING btree ("_order");
  CREATE INDEX "_checklists_v_version_review_sources_parent_id_idx" ON "_checklists_v_version_review_sources" USING btree ("_parent_id");
  CREATE INDEX "_checklists_v_version_items_order_idx" ON "_checklists_v_version_items" USING btree ("_order");
  CREATE INDEX "_checklists_v_version_items_parent_id_idx" ON "_checklists_v_version_items" USING btree ("_parent_id");
  CREATE INDEX "_checklists_v_version_items_theme_idx" ON "_checklists_v_version_items" USING btree ("theme_id");
  CREATE INDEX "_checklists_v_parent_idx" ON "_checklists_v" USING btree ("parent_id");
  CREATE INDEX "_checklists_v_version_version_slug_idx" ON "_checklists_v" USING btree ("version_slug");
  CREATE INDEX "_checklists_v_version_version_updated_at_idx" ON "_checklists_v" USING btree ("version_updated_at");
  CREATE INDEX "_checklists_v_version_version_created_at_idx" ON "_checklists_v" USING btree ("version_created_at");
  CREATE INDEX "_checklists_v_version_version__status_idx" ON "_checklists_v" USING btree ("version__status");
  CREATE INDEX "_checklists_v_created_at_idx" ON "_checklists_v" USING btree ("created_at");
  CREATE INDEX "_checklists_v_updated_at_idx" ON "_checklists_v" USING btree ("updated_at");
  CREATE INDEX "_checklists_v_latest_idx" ON "_checklists_v" USING btree ("latest");
  CREATE INDEX "themes_review_sources_order_idx" ON "themes_review_sources" USING btree ("_order");
  CREATE INDEX "themes_review_sources_parent_id_idx" ON "themes_review_sources" USING btree ("_parent_id");
  CREATE INDEX "themes_delicts_order_idx" ON "themes_delicts" USING btree ("order");
  CREATE INDEX "themes_delicts_parent_idx" ON "themes_delicts" USING btree ("parent_id");
  CREATE INDEX "themes_slug_idx" ON "themes" USING btree ("slug");
  CREATE INDEX "themes_updated_at_idx" ON "themes" USING btree ("updated_at");
  CREATE INDEX "themes_created_at_idx" ON "themes" USING btree ("created_at");
  CREATE INDEX "themes__status_idx" ON "themes" USING btree ("_status");
  CREATE INDEX "_themes_v_version_review_sources_order_idx" ON "_themes_v_version_review_sources" USING btree ("_order");
  CREATE INDEX "_themes_v_version_review_sources_parent_id_idx" ON "_themes_v_version_review_sources" USING btree ("_parent_id");
  CREATE INDEX "_themes_v_version_delicts_order_idx" ON "_themes_v_version_delicts" USING btree ("order");
  CREATE INDEX "_themes_v_version_delicts_parent_idx" ON "_themes_v_version_delicts" USING btree ("parent_id");
  CREATE INDEX "_themes_v_parent_idx" ON "_themes_v" USING btree ("parent_id");
  CREATE INDEX "_themes_v_version_version_slug_idx" ON "_themes_v" USING btree ("version_slug");
  CREATE INDEX "_themes_v_version_version_updated_at_idx" ON "_themes_v" USING btree ("version_updated_at");
  CREATE INDEX "_themes_v_version_version_created_at_idx" ON "_themes_v" USING btree ("version_created_at");
  CREATE INDEX "_themes_v_version_version__status_idx" ON "_themes_v" USING btree ("version__status");
  CREATE INDEX "_themes_v_created_at_idx" ON "_themes_v" USING btree ("created_at");
  CREATE INDEX "_themes_v_updated_at_idx" ON "_themes_v" USING btree ("updated_at");
  CREATE INDEX "_themes_v_latest_idx" ON "_themes_v" USING btree ("latest");
  CREATE INDEX "stappenplannen_review_sources_order_idx" ON "stappenplannen_review_sources" USING btree ("_order");
  CREATE INDEX "stappenplannen_review_sources_parent_id_idx" ON "stappenplannen_review_sources" USING btree ("_parent_id");
  CREATE INDEX "stappenplannen_sectors_order_idx" ON "stappenplannen_sectors" USING btree ("order");
  CREATE INDEX "stappenplannen_sectors_parent_idx" ON "stappenplannen_sectors" USING btree ("parent_id");
  CREATE INDEX "stappenplannen_phases_steps_order_idx" ON "stappenplannen_phases_steps" USING btree ("_order");
  CREATE INDEX "stappenplannen_phases_steps_parent_id_idx" ON "stappenplannen_phases_steps" USING btree ("_parent_id");
  CREATE INDEX "stappenplannen_phases_order_idx" ON "stappenplannen_phases" USING btree ("_order");
  CREATE INDEX "stappenplannen_phases_parent_id_idx" ON "stappenplannen_phases" USING btree ("_parent_id");
  CREATE INDEX "stappenplannen_slug_idx" ON "stappenplannen" USING btree ("slug");
  CREATE INDEX "stappenplannen_updated_at_idx" ON "stappenplannen" USING btree ("updated_at");
  CREATE INDEX "stappenplannen_created_at_idx" ON "stappenplannen" USING btree ("created_at");
  CREATE INDEX "stappenplannen__status_idx" ON "stappenplannen" USING btree ("_status");
  CREATE INDEX "_stappenplannen_v_version_review_sources_order_idx" ON "_stappenplannen_v_version_review_sources" USING btree ("_order");
  CREATE INDEX "_stappenplannen_v_version_review_sources_parent_id_idx" ON "_stappenplannen_v_version_review_sources" USING btree ("_parent_id");
  CREATE INDEX "_stappenplannen_v_version_sectors_order_idx" ON "_stappenplannen_v_version_sectors" USING btree ("order");
  CREATE INDEX "_stappenplannen_v_version_sectors_parent_idx" ON "_stappenplannen_v_version_sectors" USING btree ("parent_id");
  CREATE INDEX "_stappenplannen_v_version_phases_steps_order_idx" ON "_stappenplannen_v_version_phases_steps" USING btree ("_order");
  CREATE INDEX "_stappenplannen_v_version_phases_steps_parent_id_idx" ON "_stappenplannen_v_version_phases_steps" USING btree ("_parent_id");
  CREATE INDEX "_stappenplannen_v_version_phases_order_idx" ON "_stappenplannen_v_version_phases" USING btree ("_order");
  CREATE INDEX "_stappenplannen_v_version_phases_parent_id_idx" ON "_stappenplannen_v_version_phases" USING btree ("_parent_id");
  CREATE INDEX "_stappenplannen_v_parent_idx" ON "_stappenplannen_v" USING btree ("parent_id");
  CREATE INDEX "_stappenplannen_v_version_version_slug_idx" ON "_stappenplannen_v" USING btree ("version_slug");
  CREATE INDEX "_stappenplannen_v_version_version_updated_at_idx" ON "_stappenplannen_v" USING btree ("version_updated_at");
  CREATE INDEX "_stappenplannen_v_version_version_created_at_idx" ON "_stappenplannen_v" USING btree ("version_created_at");
  CREATE INDEX "_stappenplannen_v_version_version__status_idx" ON "_stappenplannen_v" USING btree ("version__status");
  CREATE INDEX "_stappenplannen_v_created_at_idx" ON "_stappenplannen_v" USING btree ("created_at");
  CREATE INDEX "_stappenplannen_v_updated_at_idx" ON "_stappenplannen_v" USING btree ("updated_at");
  CREATE INDEX "_stappenplannen_v_latest_idx" ON "_stappenplannen_v" USING btree ("latest");
  CREATE INDEX "videos_review_sources_order_idx" ON "videos_review_sources" USING btree ("_order");
  CREATE INDEX "videos_review_sources_parent_id_idx" ON "videos_review_sources" USING btree ("_parent_id");
  CREATE INDEX "videos_slug_idx" ON "videos" USING btree ("slug");
  CREATE INDEX "videos_poster_idx" ON "videos" USING btree ("poster_id");
  CREATE INDEX "videos_updated_at_idx" ON "videos" USING btree ("updated_at");
  CREATE INDEX "videos_created_at_idx" ON "videos" USING btree ("created_at");
  CREATE INDEX "videos__status_idx" ON "videos" USING btree ("_status");
  CREATE INDEX "_videos_v_version_review_sources_order_idx" ON "_videos_v_version_review_sources" USING btree ("_order");
  CREATE INDEX "_videos_v_version_review_sources_parent_id_idx" ON "_videos_v_version_review_sources" USING btree ("_parent_id");
  CREATE INDEX "_videos_v_parent_idx" ON "_videos_v" USING btree ("parent_id");
  CREATE INDEX "_videos_v_version_version_slug_idx" ON "_videos_v" USING btree ("version_slug");
  CREATE INDEX "_videos_v_version_version_poster_idx" ON "_videos_v" USING btree ("version_poster_id");
  CREATE INDEX "_videos_v_version_version_updated_at_idx" ON "_videos_v" USING btree ("version_updated_at");
  CREATE INDEX "_videos_v_version_version_created_at_idx" ON "_videos_v" USING btree ("version_created_at");
  CREATE INDEX "_videos_v_version_version__status_idx" ON "_videos_v" USING btree ("version__status");
  CREATE INDEX "_videos_v_created_at_idx" ON "_videos_v" USING btree ("created_at");
  CREATE INDEX "_videos_v_updated_at_idx" ON "_videos_v" USING btree ("updated_at");
  CREATE INDEX "_videos_v_latest_idx" ON "_videos_v" USING btree ("latest");
  CREATE INDEX "courses_review_sources_order_idx" ON "courses_review_sources" USING btree ("_order");
  CREATE INDEX "courses_review_sources_parent_id_idx" ON "courses_review_sources" USING btree ("_parent_id");
  CREATE INDEX "courses_slug_idx" ON "courses" USING btree ("slug");
  CREATE INDEX "courses_updated_at_idx" ON "courses" USING btree ("updated_at");
  CREATE INDEX "courses_created_at_idx" ON "courses" USING btree ("created_at");
  CREATE INDEX "courses__status_idx" ON "courses" USING btree ("_status");
  CREATE INDEX "_courses_v_version_review_sources_order_idx" ON "_courses_v_version_review_sources" USING btree ("_order");
  CREATE INDEX "_courses_v_version_review_sources_parent_id_idx" ON "_courses_v_version_review_sources" USING btree ("_parent_id");
  CREATE INDEX "_courses_v_parent_idx" ON "_courses_v" USING btree ("parent_id");
  CREATE INDEX "_courses_v_version_version_slug_idx" ON "_courses_v" USING btree ("version_slug");
  CREATE INDEX "_courses_v_version_version_updated_at_idx" ON "_courses_v" USING btree ("version_updated_at");
  CREATE INDEX "_courses_v_version_version_created_at_idx" ON "_courses_v" USING btree ("version_created_at");
  CREATE INDEX "_courses_v_version_version__status_idx" ON "_courses_v" USING btree ("version__status");
  CREATE INDEX "_courses_v_created_at_idx" ON "_courses_v" USING btree ("created_at");
  CREATE INDEX "_courses_v_updated_at_idx" ON "_courses_v" USING btree ("updated_at");
  CREATE INDEX "_courses_v_latest_idx" ON "_courses_v" USING btree ("latest");
  CREATE INDEX "course_modules_review_sources_order_idx" ON "course_modules_review_sources" USING btree ("_order");
  CREATE INDEX "course_modules_review_sources_parent_id_idx" ON "course_modules_review_sources" USING btree ("_parent_id");
  CREATE INDEX "course_modules_lessons_order_idx" ON "course_modules_lessons" USING btree ("_order");
  CREATE INDEX "course_modules_lessons_parent_id_idx" ON "course_modules_lessons" USING btree ("_parent_id");
  CREATE INDEX "course_modules_slug_idx" ON "course_modules" USING btree ("slug");
  CREATE INDEX "course_modules_course_idx" ON "course_modules" USING btree ("course_id");
  CREATE INDEX "course_modules_updated_at_idx" ON "course_modules" USING btree ("updated_at");
  CREATE INDEX "course_modules_created_at_idx" ON "course_modules" USING btree ("created_at");
  CREATE INDEX "course_modules__status_idx" ON "course_modules" USING btree ("_status");
  CREATE INDEX "_course_modules_v_version_review_sources_order_idx" ON "_course_modules_v_version_review_sources" USING btree ("_order");
  CREATE INDEX "_course_modules_v_version_review_sources_parent_id_idx" ON "_course_modules_v_version_review_sources" USING btree ("_parent_id");
  CREATE INDEX "_course_modules_v_version_lessons_order_idx" ON "_course_modules_v_version_lessons" USING btree ("_order");
  CREATE INDEX "_course_modules_v_version_lessons_parent_id_idx" ON "_course_modules_v_version_lessons" USING btree ("_parent_id");
  CREATE INDEX "_course_modules_v_parent_idx" ON "_course_modules_v" USING btree ("parent_id");
  CREATE INDEX "_course_modules_v_version_version_slug_idx" ON "_course_modules_v" USING btree ("version_slug");
  CREATE INDEX "_course_modules_v_version_version_course_idx" ON "_course_modules_v" USING btree ("version_course_id");
  CREATE INDEX "_course_modules_v_version_version_updated_at_idx" ON "_course_modules_v" USING btree ("version_updated_at");
  CREATE INDEX "_course_modules_v_version_version_created_at_idx" ON "_course_modules_v" USING btree ("version_created_at");
  CREATE INDEX "_course_modules_v_version_version__status_idx" ON "_course_modules_v" USING btree ("version__status");
  CREATE INDEX "_course_modules_v_created_at_idx" ON "_course_modules_v" USING btree ("created_at");
  CREATE INDEX "_course_modules_v_updated_at_idx" ON "_course_modules_v" USING btree ("updated_at");
  CREATE INDEX "_course_modules_v_latest_idx" ON "_course_modules_v" USING btree ("latest");
  CREATE INDEX "organisations_review_sources_order_idx" ON "organisations_review_sources" USING btree ("_order");
  CREATE INDEX "organisations_review_sources_parent_id_idx" ON "organisations_review_sources" USING btree ("_parent_id");
  CREATE INDEX "organisations_contacts_order_idx" ON "organisations_contacts" USING btree ("_order");
  CREATE INDEX "organisations_contacts_parent_id_idx" ON "organisations_contacts" USING btree ("_parent_id");
  CREATE INDEX "organisations_slug_idx" ON "organisations" USING btree ("slug");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE INDEX "organisations__status_idx" ON "organisations" USING btree ("_status");
  CREATE INDEX "_organisations_v_version_review_sources_order_idx" ON "_organisations_v_version_review_sources" USING btree ("_order");
  CREATE INDEX "_organisations_v_version_review_sources_parent_id_idx" ON "_organisations_v_version_review_sources" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_version_contacts_order_idx" ON "_organisations_v_version_contacts" USING btree ("_order");
  CREATE INDEX "_organisations_v_version_contacts_parent_id_idx" ON "_organisations_v_version_contacts" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_parent_idx" ON "_organisations_v" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_version_version_slug_idx" ON "_organisations_v" USING btree ("version_slug");
  CREATE INDEX "_organisations_v_version_version_updated_at_idx" ON "_organisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisations_v_version_version_created_at_idx" ON "_organisations_v" USING btree ("version_created_at");
  CREATE INDEX "_organisations_v_version_version__status_idx" ON "_organisations_v" USING btree ("version__status");
  CREATE INDEX "_organisations_v_created_at_idx" ON "_organisations_v" USING btree ("created_at");
  CREATE INDEX "_organisations_v_updated_at_idx" ON "_organisations_v" USING btree ("updated_at");
  CREATE INDEX "_organisations_v_latest_idx" ON "_organisations_v" USING btree ("latest");
  CREATE INDEX "tools_review_sources_order_idx" ON "tools_review_sources" USING btree ("_order");
  CREATE INDEX "tools_review_sources_parent_id_idx" ON "tools_review_sources" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_dimensions_bands_links_order_idx" ON "tools_definition_dimensions_bands_links" USING btree ("_order");
  CREATE INDEX "tools_definition_dimensions_bands_links_parent_id_idx" ON "tools_definition_dimensions_bands_links" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_dimensions_bands_order_idx" ON "tools_definition_dimensions_bands" USING btree ("_order");
  CREATE INDEX "tools_definition_dimensions_bands_parent_id_idx" ON "tools_definition_dimensions_bands" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_dimensions_order_idx" ON "tools_definition_dimensions" USING btree ("_order");
  CREATE INDEX "tools_definition_dimensions_parent_id_idx" ON "tools_definition_dimensions" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_single_options_order_idx" ON "tools_blocks_single_options" USING btree ("_order");
  CREATE INDEX "tools_blocks_single_options_parent_id_idx" ON "tools_blocks_single_options" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_single_order_idx" ON "tools_blocks_single" USING btree ("_order");
  CREATE INDEX "tools_blocks_single_parent_id_idx" ON "tools_blocks_single" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_single_path_idx" ON "tools_blocks_single" USING btree ("_path");
  CREATE INDEX "tools_blocks_multiple_options_order_idx" ON "tools_blocks_multiple_options" USING btree ("_order");
  CREATE INDEX "tools_blocks_multiple_options_parent_id_idx" ON "tools_blocks_multiple_options" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_multiple_order_idx" ON "tools_blocks_multiple" USING btree ("_order");
  CREATE INDEX "tools_blocks_multiple_parent_id_idx" ON "tools_blocks_multiple" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_multiple_path_idx" ON "tools_blocks_multiple" USING btree ("_path");
  CREATE INDEX "tools_blocks_scale_order_idx" ON "tools_blocks_scale" USING btree ("_order");
  CREATE INDEX "tools_blocks_scale_parent_id_idx" ON "tools_blocks_scale" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_scale_path_idx" ON "tools_blocks_scale" USING btree ("_path");
  CREATE INDEX "tools_blocks_number_scoring_order_idx" ON "tools_blocks_number_scoring" USING btree ("_order");
  CREATE INDEX "tools_blocks_number_scoring_parent_id_idx" ON "tools_blocks_number_scoring" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_number_order_idx" ON "tools_blocks_number" USING btree ("_order");
  CREATE INDEX "tools_blocks_number_parent_id_idx" ON "tools_blocks_number" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_number_path_idx" ON "tools_blocks_number" USING btree ("_path");
  CREATE INDEX "tools_blocks_question_options_order_idx" ON "tools_blocks_question_options" USING btree ("_order");
  CREATE INDEX "tools_blocks_question_options_parent_id_idx" ON "tools_blocks_question_options" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_question_order_idx" ON "tools_blocks_question" USING btree ("_order");
  CREATE INDEX "tools_blocks_question_parent_id_idx" ON "tools_blocks_question" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_question_path_idx" ON "tools_blocks_question" USING btree ("_path");
  CREATE INDEX "tools_blocks_outcome_organisations_order_idx" ON "tools_blocks_outcome_organisations" USING btree ("_order");
  CREATE INDEX "tools_blocks_outcome_organisations_parent_id_idx" ON "tools_blocks_outcome_organisations" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_outcome_organisations_organisation_idx" ON "tools_blocks_outcome_organisations" USING btree ("organisation_id");
  CREATE INDEX "tools_blocks_outcome_delicts_order_idx" ON "tools_blocks_outcome_delicts" USING btree ("order");
  CREATE INDEX "tools_blocks_outcome_delicts_parent_idx" ON "tools_blocks_outcome_delicts" USING btree ("parent_id");
  CREATE INDEX "tools_blocks_outcome_links_order_idx" ON "tools_blocks_outcome_links" USING btree ("_order");
  CREATE INDEX "tools_blocks_outcome_links_parent_id_idx" ON "tools_blocks_outcome_links" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_outcome_order_idx" ON "tools_blocks_outcome" USING btree ("_order");
  CREATE INDEX "tools_blocks_outcome_parent_id_idx" ON "tools_blocks_outcome" USING btree ("_parent_id");
  CREATE INDEX "tools_blocks_outcome_path_idx" ON "tools_blocks_outcome" USING btree ("_path");
  CREATE INDEX "tools_definition_safety_rules_order_idx" ON "tools_definition_safety_rules" USING btree ("_order");
  CREATE INDEX "tools_definition_safety_rules_parent_id_idx" ON "tools_definition_safety_rules" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_safety_rules_then_then_must_name_first_idx" ON "tools_definition_safety_rules" USING btree ("then_must_name_first_id");
  CREATE INDEX "tools_definition_sections_items_order_idx" ON "tools_definition_sections_items" USING btree ("_order");
  CREATE INDEX "tools_definition_sections_items_parent_id_idx" ON "tools_definition_sections_items" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_sections_order_idx" ON "tools_definition_sections" USING btree ("_order");
  CREATE INDEX "tools_definition_sections_parent_id_idx" ON "tools_definition_sections" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_steps_options_items_order_idx" ON "tools_definition_steps_options_items" USING btree ("_order");
  CREATE INDEX "tools_definition_steps_options_items_parent_id_idx" ON "tools_definition_steps_options_items" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_steps_options_order_idx" ON "tools_definition_steps_options" USING btree ("_order");
  CREATE INDEX "tools_definition_steps_options_parent_id_idx" ON "tools_definition_steps_options" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_steps_order_idx" ON "tools_definition_steps" USING btree ("_order");
  CREATE INDEX "tools_definition_steps_parent_id_idx" ON "tools_definition_steps" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_organisations_order_idx" ON "tools_definition_organisations" USING btree ("_order");
  CREATE INDEX "tools_definition_organisations_parent_id_idx" ON "tools_definition_organisations" USING btree ("_parent_id");
  CREATE INDEX "tools_definition_organisations_organisation_idx" ON "tools_definition_organisations" USING btree ("organisation_id");
  CREATE INDEX "tools_slug_idx" ON "tools" USING btree ("slug");
  CREATE INDEX "tools_updated_at_idx" ON "tools" USING btree ("updated_at");
  CREATE INDEX "tools_created_at_idx" ON "tools" USING btree ("created_at");
  CREATE INDEX "tools__status_idx" ON "tools" USING btree ("_status");
  CREATE INDEX "tools_texts_order_parent" ON "tools_texts" USING btree ("order","parent_id");
  CREATE INDEX "tools_rels_order_idx" ON "tools_rels" USING btree ("order");
  CREATE INDEX "tools_rels_parent_idx" ON "tools_rels" USING btree ("parent_id");
  CREATE INDEX "tools_rels_path_idx" ON "tools_rels" USING btree ("path");
  CREATE INDEX "tools_rels_organisations_id_idx" ON "tools_rels" USING btree ("organisations_id");
  CREATE INDEX "_tools_v_version_review_sources_order_idx" ON "_tools_v_version_review_sources" USING btree ("_order");
  CREATE INDEX "_tools_v_version_review_sources_parent_id_idx" ON "_tools_v_version_review_sources" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_dimensions_bands_links_order_idx" ON "_tools_v_version_definition_dimensions_bands_links" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_dimensions_bands_links_parent_id_idx" ON "_tools_v_version_definition_dimensions_bands_links" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_dimensions_bands_order_idx" ON "_tools_v_version_definition_dimensions_bands" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_dimensions_bands_parent_id_idx" ON "_tools_v_version_definition_dimensions_bands" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_dimensions_order_idx" ON "_tools_v_version_definition_dimensions" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_dimensions_parent_id_idx" ON "_tools_v_version_definition_dimensions" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_single_options_order_idx" ON "_tools_v_blocks_single_options" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_single_options_parent_id_idx" ON "_tools_v_blocks_single_options" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_single_order_idx" ON "_tools_v_blocks_single" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_single_parent_id_idx" ON "_tools_v_blocks_single" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_single_path_idx" ON "_tools_v_blocks_single" USING btree ("_path");
  CREATE INDEX "_tools_v_blocks_multiple_options_order_idx" ON "_tools_v_blocks_multiple_options" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_multiple_options_parent_id_idx" ON "_tools_v_blocks_multiple_options" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_multiple_order_idx" ON "_tools_v_blocks_multiple" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_multiple_parent_id_idx" ON "_tools_v_blocks_multiple" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_multiple_path_idx" ON "_tools_v_blocks_multiple" USING btree ("_path");
  CREATE INDEX "_tools_v_blocks_scale_order_idx" ON "_tools_v_blocks_scale" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_scale_parent_id_idx" ON "_tools_v_blocks_scale" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_scale_path_idx" ON "_tools_v_blocks_scale" USING btree ("_path");
  CREATE INDEX "_tools_v_blocks_number_scoring_order_idx" ON "_tools_v_blocks_number_scoring" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_number_scoring_parent_id_idx" ON "_tools_v_blocks_number_scoring" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_number_order_idx" ON "_tools_v_blocks_number" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_number_parent_id_idx" ON "_tools_v_blocks_number" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_number_path_idx" ON "_tools_v_blocks_number" USING btree ("_path");
  CREATE INDEX "_tools_v_blocks_question_options_order_idx" ON "_tools_v_blocks_question_options" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_question_options_parent_id_idx" ON "_tools_v_blocks_question_options" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_question_order_idx" ON "_tools_v_blocks_question" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_question_parent_id_idx" ON "_tools_v_blocks_question" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_question_path_idx" ON "_tools_v_blocks_question" USING btree ("_path");
  CREATE INDEX "_tools_v_blocks_outcome_organisations_order_idx" ON "_tools_v_blocks_outcome_organisations" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_outcome_organisations_parent_id_idx" ON "_tools_v_blocks_outcome_organisations" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_outcome_organisations_organisation_idx" ON "_tools_v_blocks_outcome_organisations" USING btree ("organisation_id");
  CREATE INDEX "_tools_v_blocks_outcome_delicts_order_idx" ON "_tools_v_blocks_outcome_delicts" USING btree ("order");
  CREATE INDEX "_tools_v_blocks_outcome_delicts_parent_idx" ON "_tools_v_blocks_outcome_delicts" USING btree ("parent_id");
  CREATE INDEX "_tools_v_blocks_outcome_links_order_idx" ON "_tools_v_blocks_outcome_links" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_outcome_links_parent_id_idx" ON "_tools_v_blocks_outcome_links" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_outcome_order_idx" ON "_tools_v_blocks_outcome" USING btree ("_order");
  CREATE INDEX "_tools_v_blocks_outcome_parent_id_idx" ON "_tools_v_blocks_outcome" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_blocks_outcome_path_idx" ON "_tools_v_blocks_outcome" USING btree ("_path");
  CREATE INDEX "_tools_v_version_definition_safety_rules_order_idx" ON "_tools_v_version_definition_safety_rules" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_safety_rules_parent_id_idx" ON "_tools_v_version_definition_safety_rules" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_safety_rules_then_then_must__idx" ON "_tools_v_version_definition_safety_rules" USING btree ("then_must_name_first_id");
  CREATE INDEX "_tools_v_version_definition_sections_items_order_idx" ON "_tools_v_version_definition_sections_items" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_sections_items_parent_id_idx" ON "_tools_v_version_definition_sections_items" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_sections_order_idx" ON "_tools_v_version_definition_sections" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_sections_parent_id_idx" ON "_tools_v_version_definition_sections" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_steps_options_items_order_idx" ON "_tools_v_version_definition_steps_options_items" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_steps_options_items_parent_id_idx" ON "_tools_v_version_definition_steps_options_items" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_steps_options_order_idx" ON "_tools_v_version_definition_steps_options" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_steps_options_parent_id_idx" ON "_tools_v_version_definition_steps_options" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_steps_order_idx" ON "_tools_v_version_definition_steps" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_steps_parent_id_idx" ON "_tools_v_version_definition_steps" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_organisations_order_idx" ON "_tools_v_version_definition_organisations" USING btree ("_order");
  CREATE INDEX "_tools_v_version_definition_organisations_parent_id_idx" ON "_tools_v_version_definition_organisations" USING btree ("_parent_id");
  CREATE INDEX "_tools_v_version_definition_organisations_organisation_idx" ON "_tools_v_version_definition_organisations" USING btree ("organisation_id");
  CREATE INDEX "_tools_v_parent_idx" ON "_tools_v" USING btree ("parent_id");
  CREATE INDEX "_tools_v_version_version_slug_idx" ON "_tools_v" USING btree ("version_slug");
  CREATE INDEX "_tools_v_version_version_updated_at_idx" ON "_tools_v" USING btree ("version_updated_at");
  CREATE INDEX "_tools_v_version_version_created_at_idx" ON "_tools_v" USING btree ("version_created_at");
  CREATE INDEX "_tools_v_version_version__status_idx" ON "_tools_v" USING btree ("version__status");
  CREATE INDEX "_tools_v_created_at_idx" ON "_tools_v" USING btree ("created_at");
  CREATE INDEX "_tools_v_updated_at_idx" ON "_tools_v" USING btree ("updated_at");
  CREATE INDEX "_tools_v_latest_idx" ON "_tools_v" USING btree ("latest");
  CREATE INDEX "_tools_v_texts_order_parent" ON "_tools_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_tools_v_rels_order_idx" ON "_tools_v_rels" USING btree ("order");
  CREATE INDEX "_tools_v_rels_parent_idx" ON "_tools_v_rels" USING btree ("parent_id");
  CREATE INDEX "_tools_v_rels_path_idx" ON "_tools_v_rels" USING btree ("path");
  CREATE INDEX "_tools_v_rels_organisations_id_idx" ON "_tools_v_rels" USING btree ("organisations_id");
  CREATE INDEX "landing_pages_review_sources_order_idx" ON "landing_pages_review_sources" USING btree ("_order");
  CREATE INDEX "landing_pages_review_sources_parent_id_idx" ON "landing_pages_review_sources" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_hero_order_idx" ON "landing_pages_blocks_hero" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_hero_parent_id_idx" ON "landing_pages_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_hero_path_idx" ON "landing_pages_blocks_hero" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_hero_image_idx" ON "landing_pages_blocks_hero" USING btree ("image_id");
  CREATE INDEX "landing_pages_blocks_text_order_idx" ON "landing_pages_blocks_text" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_text_parent_id_idx" ON "landing_pages_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_text_path_idx" ON "landing_pages_blocks_text" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_cta_order_idx" ON "landing_pages_blocks_cta" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_cta_parent_id_idx" ON "landing_pages_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_cta_path_idx" ON "landing_pages_blocks_cta" USING btree ("_path");
  CREATE INDEX "landing_pages_blocks_newsletter_order_idx" ON "landing_pages_blocks_newsletter" USING btree ("_order");
  CREATE INDEX "landing_pages_blocks_newsletter_parent_id_idx" ON "landing_pages_blocks_newsletter" USING btree ("_parent_id");
  CREATE INDEX "landing_pages_blocks_newsletter_path_idx" ON "landing_pages_blocks_newsletter" USING btree ("_path");
  CREATE INDEX "landing_pages_slug_idx" ON "landing_pages" USING btree ("slug");
  CREATE INDEX "landing_pages_updated_at_idx" ON "landing_pages" USING btree ("updated_at");
  CREATE INDEX "landing_pages_created_at_idx" ON "landing_pages" USING btree ("created_at");
  CREATE INDEX "landing_pages__status_idx" ON "landing_pages" USING btree ("_status");
  CREATE INDEX "_landing_pages_v_version_review_sources_order_idx" ON "_landing_pages_v_version_review_sources" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_version_review_sources_parent_id_idx" ON "_landing_pages_v_version_review_sources" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_hero_order_idx" ON "_landing_pages_v_blocks_hero" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_hero_parent_id_idx" ON "_landing_pages_v_blocks_hero" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_hero_path_idx" ON "_landing_pages_v_blocks_hero" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_hero_image_idx" ON "_landing_pages_v_blocks_hero" USING btree ("image_id");
  CREATE INDEX "_landing_pages_v_blocks_text_order_idx" ON "_landing_pages_v_blocks_text" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_text_parent_id_idx" ON "_landing_pages_v_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_text_path_idx" ON "_landing_pages_v_blocks_text" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_cta_order_idx" ON "_landing_pages_v_blocks_cta" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_cta_parent_id_idx" ON "_landing_pages_v_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_cta_path_idx" ON "_landing_pages_v_blocks_cta" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_blocks_newsletter_order_idx" ON "_landing_pages_v_blocks_newsletter" USING btree ("_order");
  CREATE INDEX "_landing_pages_v_blocks_newsletter_parent_id_idx" ON "_landing_pages_v_blocks_newsletter" USING btree ("_parent_id");
  CREATE INDEX "_landing_pages_v_blocks_newsletter_path_idx" ON "_landing_pages_v_blocks_newsletter" USING btree ("_path");
  CREATE INDEX "_landing_pages_v_parent_idx" ON "_landing_pages_v" USING btree ("parent_id");
  CREATE INDEX "_landing_pages_v_version_version_slug_idx" ON "_landing_pages_v" USING btree ("version_slug");
  CREATE INDEX "_landing_pages_v_version_version_updated_at_idx" ON "_landing_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_landing_pages_v_version_version_created_at_idx" ON "_landing_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_landing_pages_v_version_version__status_idx" ON "_landing_pages_v" USING btree ("version__status");
  CREATE INDEX "_landing_pages_v_created_at_idx" ON "_landing_pages_v" USING btree ("created_at");
  CREATE INDEX "_landing_pages_v_updated_at_idx" ON "_landing_pages_v" USING btree ("updated_at");
  CREATE INDEX "_landing_pages_v_latest_idx" ON "_landing_pages_v" USING btree ("latest");
  CREATE INDEX "helper_tips_slug_idx" ON "helper_tips" USING btree ("slug");
  CREATE INDEX "helper_tips_updated_at_idx" ON "helper_tips" USING btree ("updated_at");
  CREATE INDEX "helper_tips_created_at_idx" ON "helper_tips" USING btree ("created_at");
  CREATE INDEX "helper_tips__status_idx" ON "helper_tips" USING btree ("_status");
  CREATE INDEX "_helper_tips_v_parent_idx" ON "_helper_tips_v" USING btree ("parent_id");
  CREATE INDEX "_helper_tips_v_version_version_slug_idx" ON "_helper_tips_v" USING btree ("version_slug");
  CREATE INDEX "_helper_tips_v_version_version_updated_at_idx" ON "_helper_tips_v" USING btree ("version_updated_at");
  CREATE INDEX "_helper_tips_v_version_version_created_at_idx" ON "_helper_tips_v" USING btree ("version_created_at");
  CREATE INDEX "_helper_tips_v_version_version__status_idx" ON "_helper_tips_v" USING btree ("version__status");
  CREATE INDEX "_helper_tips_v_created_at_idx" ON "_helper_tips_v" USING btree ("created_at");
  CREATE INDEX "_helper_tips_v_updated_at_idx" ON "_helper_tips_v" USING btree ("updated_at");
  CREATE INDEX "_helper_tips_v_latest_idx" ON "_helper_tips_v" USING btree ("latest");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_small_sizes_small_filename_idx" ON "media" USING btree ("sizes_small_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "service_events_kind_idx" ON "service_events" USING btree ("kind");
  CREATE INDEX "service_events_subject_idx" ON "service_events" USING btree ("subject");
  CREATE INDEX "service_events_updated_at_idx" ON "service_events" USING btree ("updated_at");
  CREATE INDEX "service_events_created_at_idx" ON "service_events" USING btree ("created_at");
  CREATE INDEX "rebuild_requests_site_idx" ON "rebuild_requests" USING btree ("site");
  CREATE INDEX "rebuild_requests_updated_at_idx" ON "rebuild_requests" USING btree ("updated_at");
  CREATE INDEX "rebuild_requests_created_at_idx" ON "rebuild_requests" USING btree ("created_at");
  CREATE UNIQUE INDEX "rate_limits_name_idx" ON "rate_limits" USING btree ("name");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_checklists_id_idx" ON "payload_locked_documents_rels" USING btree ("checklists_id");
  CREATE INDEX "payload_locked_documents_rels_themes_id_idx" ON "payload_locked_documents_rels" USING btree ("themes_id");
  CREATE INDEX "payload_locked_documents_rels_stappenplannen_id_idx" ON "payload_locked_documents_rels" USING btree ("stappenplannen_id");
  CREATE INDEX "payload_locked_documents_rels_videos_id_idx" ON "payload_locked_documents_rels" USING btree ("videos_id");
  CREATE INDEX "payload_locked_documents_rels_courses_id_idx" ON "payload_locked_documents_rels" USING btree ("courses_id");
  CREATE INDEX "payload_locked_documents_rels_course_modules_id_idx" ON "payload_locked_documents_rels" USING btree ("course_modules_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_tools_id_idx" ON "payload_locked_documents_rels" USING btree ("tools_id");
  CREATE INDEX "payload_locked_documents_rels_landing_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("landing_pages_id");
  CREATE INDEX "payload_locked_documents_rels_helper_tips_id_idx" ON "payload_locked_documents_rels" USING btree ("helper_tips_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_service_events_id_idx" ON "payload_locked_documents_rels" USING btree ("service_events_id");
  CREATE INDEX "payload_locked_documents_rels_rebuild_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("rebuild_requests_id");
  CREATE INDEX "payload_locked_documents_rels_rate_limits_id_idx" ON "payload_locked_documents_rels" USING btree ("rate_limits_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_helpers_navigation_order_idx" ON "site_settings_helpers_navigation" USING btree ("_order");
  CREATE INDEX "site_settings_helpers_navigation_parent_id_idx" ON "site_settings_helpers_navigation" USING btree ("_parent_id");
  CREATE INDEX "site_settings_helpers_footer_order_idx" ON "site_settings_helpers_footer" USING btree ("_order");
  CREATE INDEX "site_settings_helpers_footer_parent_id_idx" ON "site_settings_helpers_footer" USING btree ("_parent_id");
  CREATE INDEX "site_settings_professionals_navigation_order_idx" ON "site_settings_professionals_navigation" USING btree ("_order");
  CREATE INDEX "site_settings_professionals_navigation_parent_id_idx" ON "site_settings_professionals_navigation" USING btree ("_parent_id");
  CREATE INDEX "site_settings_professionals_footer_order_idx" ON "site_settings_professionals_footer" USING btree ("_order");
  CREATE INDEX "site_settings_professionals_footer_parent_id_idx" ON "site_settings_professionals_footer" USING btree ("_parent_id");
  CREATE INDEX "site_settings_search_synonyms_order_idx" ON "site_settings_search_synonyms" USING btree ("_order");
  CREATE INDEX "site_settings_search_synonyms_parent_id_idx" ON "site_settings_search_synonyms" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "checklists_review_sources" CASCADE;
  DROP TABLE "checklists_items" CASCADE;
  DROP TABLE "checklists" CASCADE;
  DROP TABLE "_checklists_v_version_review_sources" CASCADE;
  DROP TABLE "_checklists_v_version_items" CASCADE;
  DROP TABLE "_checklists_v" CASCADE;
  DROP TABLE "themes_review_sources" CASCADE;
  DROP TABLE "themes_delicts" CASCADE;
  DROP TABLE "themes" CASCADE;
  DROP TABLE "_themes_v_version_review_sources" CASCADE;
  DROP TABLE "_themes_v_version_delicts" CASCADE;
  DROP TABLE "_themes_v" CASCADE;
  DROP TABLE "stappenplannen_review_sources" CASCADE;
  DROP TABLE "stappenplannen_sectors" CASCADE;
  DROP TABLE "stappenplannen_phases_steps" CASCADE;
  DROP TABLE "stappenplannen_phases" CASCADE;
  DROP TABLE "stappenplannen" CASCADE;
  DROP TABLE "_stappenplannen_v_version_review_sources" CASCADE;
  DROP TABLE "_stappenplannen_v_version_sectors" CASCADE;
  DROP TABLE "_stappenplannen_v_version_phases_steps" CASCADE;
  DROP TABLE "_stappenplannen_v_version_phases" CASCADE;
  DROP TABLE "_stappenplannen_v" CASCADE;
  DROP TABLE "videos_review_sources" CASCADE;
  DROP TABLE "videos" CASCADE;
  DROP TABLE "_videos_v_version_review_sources" CASCADE;
  DROP TABLE "_videos_v" CASCADE;
  DROP TABLE "courses_review_sources" CASCADE;
  DROP TABLE "courses" CASCADE;
  DROP TABLE "_courses_v_version_review_sources" CASCADE;
  DROP TABLE "_courses_v" CASCADE;
  DROP TABLE "course_modules_review_sources" CASCADE;
  DROP TABLE "course_modules_lessons" CASCADE;
  DROP TABLE "course_modules" CASCADE;
  DROP TABLE "_course_modules_v_version_review_sources" CASCADE;
  DROP TABLE "_course_modules_v_version_lessons" CASCADE;
  DROP TABLE "_course_modules_v" CASCADE;
  DROP TABLE "organisations_review_sources" CASCADE;
  DROP TABLE "organisations_contacts" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "_organisations_v_version_review_sources" CASCADE;
  DROP TABLE "_organisations_v_version_contacts" CASCADE;
  DROP TABLE "_organisations_v" CASCADE;
  DROP TABLE "tools_review_sources" CASCADE;
  DROP TABLE "tools_definition_dimensions_bands_links" CASCADE;
  DROP TABLE "tools_definition_dimensions_bands" CASCADE;
  DROP TABLE "tools_definition_dimensions" CASCADE;
  DROP TABLE "tools_blocks_single_options" CASCADE;
  DROP TABLE "tools_blocks_single" CASCADE;
  DROP TABLE "tools_blocks_multiple_options" CASCADE;
  DROP TABLE "tools_blocks_multiple" CASCADE;
  DROP TABLE "tools_blocks_scale" CASCADE;
  DROP TABLE "tools_blocks_number_scoring" CASCADE;
  DROP TABLE "tools_blocks_number" CASCADE;
  DROP TABLE "tools_blocks_question_options" CASCADE;
  DROP TABLE "tools_blocks_question" CASCADE;
  DROP TABLE "tools_blocks_outcome_organisations" CASCADE;
  DROP TABLE "tools_blocks_outcome_delicts" CASCADE;
  DROP TABLE "tools_blocks_outcome_links" CASCADE;
  DROP TABLE "tools_blocks_outcome" CASCADE;
  DROP TABLE "tools_definition_safety_rules" CASCADE;
  DROP TABLE "tools_definition_sections_items" CASCADE;
  DROP TABLE "tools_definition_sections" CASCADE;
  DROP TABLE "tools_definition_steps_options_items" CASCADE;
  DROP TABLE "tools_definition_steps_options" CASCADE;
  DROP TABLE "tools_definition_steps" CASCADE;
  DROP TABLE "tools_definition_organisations" CASCADE;
  DROP TABLE "tools" CASCADE;
  DROP TABLE "tools_texts" CASCADE;
  DROP TABLE "tools_rels" CASCADE;
  DROP TABLE "_tools_v_version_review_sources" CASCADE;
  DROP TABLE "_tools_v_version_definition_dimensions_bands_links" CASCADE;
  DROP TABLE "_tools_v_version_definition_dimensions_bands" CASCADE;
  DROP TABLE "_tools_v_version_definition_dimensions" CASCADE;
  DROP TABLE "_tools_v_blocks_single_options" CASCADE;
  DROP TABLE "_tools_v_blocks_single" CASCADE;
  DROP TABLE "_tools_v_blocks_multiple_options" CASCADE;
  DROP TABLE "_tools_v_blocks_multiple" CASCADE;
  DROP TABLE "_tools_v_blocks_scale" CASCADE;
  DROP TABLE "_tools_v_blocks_number_scoring" CASCADE;
  DROP TABLE "_tools_v_blocks_number" CASCADE;
  DROP TABLE "_tools_v_blocks_question_options" CASCADE;
  DROP TABLE "_tools_v_blocks_question" CASCADE;
  DROP TABLE "_tools_v_blocks_outcome_organisations" CASCADE;
  DROP TABLE "_tools_v_blocks_outcome_delicts" CASCADE;
  DROP TABLE "_tools_v_blocks_outcome_links" CASCADE;
  DROP TABLE "_tools_v_blocks_outcome" CASCADE;
  DROP TABLE "_tools_v_version_definition_safety_rules" CASCADE;
  DROP TABLE "_tools_v_version_definition_sections_items" CASCADE;
  DROP TABLE "_tools_v_version_definition_sections" CASCADE;
  DROP TABLE "_tools_v_version_definition_steps_options_items" CASCADE;
  DROP TABLE "_tools_v_version_definition_steps_options" CASCADE;
  DROP TABLE "_tools_v_version_definition_steps" CASCADE;
  DROP TABLE "_tools_v_version_definition_organisations" CASCADE;
  DROP TABLE "_tools_v" CASCADE;
  DROP TABLE "_tools_v_texts" CASCADE;
  DROP TABLE "_tools_v_rels" CASCADE;
  DROP TABLE "landing_pages_review_sources" CASCADE;
  DROP TABLE "landing_pages_blocks_hero" CASCADE;
  DROP TABLE "landing_pages_blocks_text" CASCADE;
  DROP TABLE "landing_pages_blocks_cta" CASCADE;
  DROP TABLE "landing_pages_blocks_newsletter" CASCADE;
  DROP TABLE "landing_pages" CASCADE;
  DROP TABLE "_landing_pages_v_version_review_sources" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_hero" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_text" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_cta" CASCADE;
  DROP TABLE "_landing_pages_v_blocks_newsletter" CASCADE;
  DROP TABLE "_landing_pages_v" CASCADE;
  DROP TABLE "helper_tips" CASCADE;
  DROP TABLE "_helper_tips_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "service_events" CASCADE;
  DROP TABLE "rebuild_requests" CASCADE;
  DROP TABLE "rate_limits" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings_helpers_navigation" CASCADE;
  DROP TABLE "site_settings_helpers_footer" CASCADE;
  DROP TABLE "site_settings_professionals_navigation" CASCADE;
  DROP TABLE "site_settings_professionals_footer" CASCADE;
  DROP TABLE "site_settings_search_synonyms" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TYPE "public"."enum_checklists_site";
  DROP TYPE "public"."enum_checklists_review_status";
  DROP TYPE "public"."enum_checklists_delict";
  DROP TYPE "public"."enum_checklists_status";
  DROP TYPE "public"."enum__checklists_v_version_site";
  DROP TYPE "public"."enum__checklists_v_version_review_status";
  DROP TYPE "public"."enum__checklists_v_version_delict";
  DROP TYPE "public"."enum__checklists_v_version_status";
  DROP TYPE "public"."enum_themes_delicts";
  DROP TYPE "public"."enum_themes_site";
  DROP TYPE "public"."enum_themes_review_status";
  DROP TYPE "public"."enum_themes_section";
  DROP TYPE "public"."enum_themes_status";
  DROP TYPE "public"."enum__themes_v_version_delicts";
  DROP TYPE "public"."enum__themes_v_version_site";
  DROP TYPE "public"."enum__themes_v_version_review_status";
  DROP TYPE "public"."enum__themes_v_version_section";
  DROP TYPE "public"."enum__themes_v_version_status";
  DROP TYPE "public"."enum_stappenplannen_sectors";
  DROP TYPE "public"."enum_stappenplannen_phases_phase";
  DROP TYPE "public"."enum_stappenplannen_site";
  DROP TYPE "public"."enum_stappenplannen_review_status";
  DROP TYPE "public"."enum_stappenplannen_status";
  DROP TYPE "public"."enum__stappenplannen_v_version_sectors";
  DROP TYPE "public"."enum__stappenplannen_v_version_phases_phase";
  DROP TYPE "public"."enum__stappenplannen_v_version_site";
  DROP TYPE "public"."enum__stappenplannen_v_version_review_status";
  DROP TYPE "public"."enum__stappenplannen_v_version_status";
  DROP TYPE "public"."enum_videos_site";
  DROP TYPE "public"."enum_videos_review_status";
  DROP TYPE "public"."enum_videos_kind";
  DROP TYPE "public"."enum_videos_status";
  DROP TYPE "public"."enum__videos_v_version_site";
  DROP TYPE "public"."enum__videos_v_version_review_status";
  DROP TYPE "public"."enum__videos_v_version_kind";
  DROP TYPE "public"."enum__videos_v_version_status";
  DROP TYPE "public"."enum_courses_site";
  DROP TYPE "public"."enum_courses_review_status";
  DROP TYPE "public"."enum_courses_level";
  DROP TYPE "public"."enum_courses_status";
  DROP TYPE "public"."enum__courses_v_version_site";
  DROP TYPE "public"."enum__courses_v_version_review_status";
  DROP TYPE "public"."enum__courses_v_version_level";
  DROP TYPE "public"."enum__courses_v_version_status";
  DROP TYPE "public"."enum_course_modules_site";
  DROP TYPE "public"."enum_course_modules_review_status";
  DROP TYPE "public"."enum_course_modules_level";
  DROP TYPE "public"."enum_course_modules_status";
  DROP TYPE "public"."enum__course_modules_v_version_site";
  DROP TYPE "public"."enum__course_modules_v_version_review_status";
  DROP TYPE "public"."enum__course_modules_v_version_level";
  DROP TYPE "public"."enum__course_modules_v_version_status";
  DROP TYPE "public"."enum_organisations_contacts_kind";
  DROP TYPE "public"."enum_organisations_site";
  DROP TYPE "public"."enum_organisations_review_status";
  DROP TYPE "public"."enum_organisations_status";
  DROP TYPE "public"."enum__organisations_v_version_contacts_kind";
  DROP TYPE "public"."enum__organisations_v_version_site";
  DROP TYPE "public"."enum__organisations_v_version_review_status";
  DROP TYPE "public"."enum__organisations_v_version_status";
  DROP TYPE "public"."enum_tools_blocks_outcome_delicts";
  DROP TYPE "public"."enum_tools_definition_steps_kind";
  DROP TYPE "public"."enum_tools_site";
  DROP TYPE "public"."enum_tools_review_status";
  DROP TYPE "public"."enum_tools_kind";
  DROP TYPE "public"."enum_tools_status";
  DROP TYPE "public"."enum__tools_v_blocks_outcome_delicts";
  DROP TYPE "public"."enum__tools_v_version_definition_steps_kind";
  DROP TYPE "public"."enum__tools_v_version_site";
  DROP TYPE "public"."enum__tools_v_version_review_status";
  DROP TYPE "public"."enum__tools_v_version_kind";
  DROP TYPE "public"."enum__tools_v_version_status";
  DROP TYPE "public"."enum_landing_pages_site";
  DROP TYPE "public"."enum_landing_pages_review_status";
  DROP TYPE "public"."enum_landing_pages_channel";
  DROP TYPE "public"."enum_landing_pages_status";
  DROP TYPE "public"."enum__landing_pages_v_version_site";
  DROP TYPE "public"."enum__landing_pages_v_version_review_status";
  DROP TYPE "public"."enum__landing_pages_v_version_channel";
  DROP TYPE "public"."enum__landing_pages_v_version_status";
  DROP TYPE "public"."enum_helper_tips_site";
  DROP TYPE "public"."enum_helper_tips_status";
  DROP TYPE "public"."enum__helper_tips_v_version_site";
  DROP TYPE "public"."enum__helper_tips_v_version_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_service_events_kind";
  DROP TYPE "public"."enum_service_events_site";
  DROP TYPE "public"."enum_service_events_channel";
  DROP TYPE "public"."enum_rebuild_requests_site";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}

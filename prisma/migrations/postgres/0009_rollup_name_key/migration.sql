-- AlterTable
-- Existing rows take their customer's name_key (the rollups are rewritten by every import anyway).
ALTER TABLE "subscription_family_rollups" ADD COLUMN     "name_key" TEXT NOT NULL DEFAULT '';
UPDATE "subscription_family_rollups" SET "name_key" = c."name_key" FROM "customers" c WHERE c."id" = "subscription_family_rollups"."customer_id";
ALTER TABLE "subscription_family_rollups" ALTER COLUMN "name_key" DROP DEFAULT;

-- CreateIndex
CREATE INDEX "subscription_family_rollups_family_start_at_name_key_subscr_idx" ON "subscription_family_rollups"("family", "start_at" DESC, "name_key", "subscription_id");


-- `customer <word>` and "did you mean" look for words anywhere in a name (LIKE '%word%'): a
-- trigram index answers them without walking every name. pg_trgm ships with PostgreSQL (contrib)
-- and is a trusted extension, so the database's owner may create it; where a server lacks it the
-- searches stay correct, only slower, so the migration does not fail for it. Not in the Prisma
-- schema (derived from SQLite's); the migrations diff from their snapshots, so nothing drops it.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS "customers_name_key_trgm_idx" ON "customers" USING gin ("name_key" gin_trgm_ops);
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm not created (%): name searches scan the names', SQLERRM;
END
$$;

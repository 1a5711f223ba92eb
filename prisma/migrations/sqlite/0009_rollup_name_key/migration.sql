-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_subscription_family_rollups" (
    "subscription_id" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "start_at" DATETIME NOT NULL,
    "end_at" DATETIME,
    "auto_renew" BOOLEAN NOT NULL,
    "total" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL,
    "used" INTEGER NOT NULL,

    PRIMARY KEY ("subscription_id", "family"),
    CONSTRAINT "subscription_family_rollups_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Existing rows take their customer's name_key (the rollups are rewritten by every import anyway).
INSERT INTO "new_subscription_family_rollups" ("assigned", "auto_renew", "customer_id", "name_key", "end_at", "family", "start_at", "subscription_id", "total", "used") SELECT x."assigned", x."auto_renew", x."customer_id", COALESCE((SELECT c."name_key" FROM "customers" c WHERE c."id" = x."customer_id"), ''), x."end_at", x."family", x."start_at", x."subscription_id", x."total", x."used" FROM "subscription_family_rollups" x;
DROP TABLE "subscription_family_rollups";
ALTER TABLE "new_subscription_family_rollups" RENAME TO "subscription_family_rollups";
CREATE INDEX "subscription_family_rollups_customer_id_idx" ON "subscription_family_rollups"("customer_id");
CREATE INDEX "subscription_family_rollups_family_auto_renew_end_at_customer_id_idx" ON "subscription_family_rollups"("family", "auto_renew", "end_at", "customer_id");
CREATE INDEX "subscription_family_rollups_family_start_at_customer_id_idx" ON "subscription_family_rollups"("family", "start_at", "customer_id");
CREATE INDEX "subscription_family_rollups_family_start_at_name_key_subscription_id_idx" ON "subscription_family_rollups"("family", "start_at" DESC, "name_key", "subscription_id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- CreateTable
CREATE TABLE "dated_snapshots" (
    "taken_at" DATETIME NOT NULL,
    "subscription_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "end_at" DATETIME,
    "auto_renew" BOOLEAN NOT NULL,
    "total" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL,
    "overage" INTEGER NOT NULL,

    PRIMARY KEY ("taken_at", "subscription_id")
);

-- CreateTable
CREATE TABLE "dated_change_sets" (
    "newer_at" DATETIME NOT NULL,
    "older_at" DATETIME NOT NULL,
    "changes" INTEGER NOT NULL,
    "computed_at" DATETIME NOT NULL,

    PRIMARY KEY ("newer_at", "older_at")
);

-- CreateTable
CREATE TABLE "dated_changes" (
    "newer_at" DATETIME NOT NULL,
    "older_at" DATETIME NOT NULL,
    "seq" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "name_key" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "detail" TEXT NOT NULL,

    PRIMARY KEY ("newer_at", "older_at", "seq")
);

-- CreateIndex
CREATE INDEX "dated_snapshots_taken_at_customer_id_idx" ON "dated_snapshots"("taken_at", "customer_id");

-- CreateIndex
CREATE INDEX "dated_changes_newer_at_older_at_rank_name_key_idx" ON "dated_changes"("newer_at", "older_at", "rank", "name_key");


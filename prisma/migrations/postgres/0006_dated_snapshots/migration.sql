-- CreateTable
CREATE TABLE "dated_snapshots" (
    "taken_at" TIMESTAMP(3) NOT NULL,
    "subscription_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "end_at" TIMESTAMP(3),
    "auto_renew" BOOLEAN NOT NULL,
    "total" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL,
    "overage" INTEGER NOT NULL,

    CONSTRAINT "dated_snapshots_pkey" PRIMARY KEY ("taken_at","subscription_id")
);

-- CreateTable
CREATE TABLE "dated_change_sets" (
    "newer_at" TIMESTAMP(3) NOT NULL,
    "older_at" TIMESTAMP(3) NOT NULL,
    "changes" INTEGER NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "dated_change_sets_pkey" PRIMARY KEY ("newer_at","older_at")
);

-- CreateTable
CREATE TABLE "dated_changes" (
    "newer_at" TIMESTAMP(3) NOT NULL,
    "older_at" TIMESTAMP(3) NOT NULL,
    "seq" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "name_key" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "detail" TEXT NOT NULL,

    CONSTRAINT "dated_changes_pkey" PRIMARY KEY ("newer_at","older_at","seq")
);

-- CreateIndex
CREATE INDEX "dated_snapshots_taken_at_customer_id_idx" ON "dated_snapshots"("taken_at", "customer_id");

-- CreateIndex
CREATE INDEX "dated_changes_newer_at_older_at_rank_name_key_idx" ON "dated_changes"("newer_at", "older_at", "rank", "name_key");


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

-- CreateIndex
CREATE INDEX "dated_snapshots_taken_at_customer_id_idx" ON "dated_snapshots"("taken_at", "customer_id");


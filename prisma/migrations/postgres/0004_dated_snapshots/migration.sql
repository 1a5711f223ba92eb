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

-- CreateIndex
CREATE INDEX "dated_snapshots_taken_at_customer_id_idx" ON "dated_snapshots"("taken_at", "customer_id");


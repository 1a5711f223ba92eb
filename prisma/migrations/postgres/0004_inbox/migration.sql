-- CreateTable
CREATE TABLE "inbox" (
    "id" SERIAL NOT NULL,
    "resource" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "data_id" TEXT NOT NULL,
    "room_id" TEXT,
    "envelope" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimed_by" TEXT,
    "lease_until" TIMESTAMP(3),
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "parked_reason" TEXT,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "done_at" TIMESTAMP(3),

    CONSTRAINT "inbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "inbox_status_next_attempt_at_idx" ON "inbox"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "inbox_resource_data_id_event_key" ON "inbox"("resource", "data_id", "event");


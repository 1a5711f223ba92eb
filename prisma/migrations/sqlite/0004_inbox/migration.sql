-- CreateTable
CREATE TABLE "inbox" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resource" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "data_id" TEXT NOT NULL,
    "room_id" TEXT,
    "envelope" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimed_by" TEXT,
    "lease_until" DATETIME,
    "next_attempt_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "parked_reason" TEXT,
    "received_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "done_at" DATETIME
);

-- CreateIndex
CREATE INDEX "inbox_status_next_attempt_at_idx" ON "inbox"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "inbox_resource_data_id_event_key" ON "inbox"("resource", "data_id", "event");


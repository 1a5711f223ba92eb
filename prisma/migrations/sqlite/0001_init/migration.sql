-- CreateTable
CREATE TABLE "customers" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "industry" TEXT,
    "planned_users" INTEGER,
    "managed_by" TEXT NOT NULL DEFAULT 'partner',
    "external_id" TEXT,
    "total_users" INTEGER,
    "verified_users" INTEGER,
    "last_admin_activity_at" DATETIME,
    "added_at" DATETIME NOT NULL,
    "updated_at" DATETIME NOT NULL,
    "next_end_at" DATETIME,
    "live_subscriptions" INTEGER NOT NULL DEFAULT 0,
    "live_trials" INTEGER NOT NULL DEFAULT 0,
    "suspended_count" INTEGER NOT NULL DEFAULT 0,
    "pending_setup_count" INTEGER NOT NULL DEFAULT 0,
    "overage_lines" INTEGER NOT NULL DEFAULT 0,
    "open_ended_trials" INTEGER NOT NULL DEFAULT 0,
    "last_trial_end_at" DATETIME,
    "open_ended_subscriptions" INTEGER NOT NULL DEFAULT 0,
    "last_subscription_end_at" DATETIME,
    "last_end_at" DATETIME,
    "meetings_open_ended" INTEGER NOT NULL DEFAULT 0,
    "meetings_last_end_at" DATETIME,
    "calling_open_ended" INTEGER NOT NULL DEFAULT 0,
    "calling_last_end_at" DATETIME
);

-- CreateTable
CREATE TABLE "customer_users" (
    "email" TEXT NOT NULL PRIMARY KEY,
    "customer_id" TEXT NOT NULL,
    CONSTRAINT "customer_users_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "customer_domains" (
    "domain" TEXT NOT NULL PRIMARY KEY,
    "customer_id" TEXT NOT NULL,
    CONSTRAINT "customer_domains_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "subscriptions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "customer_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "start_at" DATETIME NOT NULL,
    "end_at" DATETIME,
    "auto_renew" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "subscriptions_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "license_lines" (
    "subscription_id" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL,
    "used" INTEGER NOT NULL,

    PRIMARY KEY ("subscription_id", "product"),
    CONSTRAINT "license_lines_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "subscription_family_rollups" (
    "subscription_id" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "start_at" DATETIME NOT NULL,
    "end_at" DATETIME,
    "auto_renew" BOOLEAN NOT NULL,
    "total" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL,
    "used" INTEGER NOT NULL,

    PRIMARY KEY ("subscription_id", "family"),
    CONSTRAINT "subscription_family_rollups_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "license_line_rollups" (
    "subscription_id" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "start_at" DATETIME NOT NULL,
    "end_at" DATETIME,
    "auto_renew" BOOLEAN NOT NULL,
    "total" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL,
    "used" INTEGER NOT NULL,
    "overage" INTEGER NOT NULL,
    "ratio" REAL,

    PRIMARY KEY ("subscription_id", "product"),
    CONSTRAINT "license_line_rollups_subscription_id_product_fkey" FOREIGN KEY ("subscription_id", "product") REFERENCES "license_lines" ("subscription_id", "product") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "license_snapshots" (
    "subscription_id" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "week_start" DATETIME NOT NULL,
    "total" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL,
    "used" INTEGER NOT NULL,

    PRIMARY KEY ("subscription_id", "product", "week_start"),
    CONSTRAINT "license_snapshots_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "subscription_orders" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "subscription_id" TEXT NOT NULL,
    "placed_at" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    CONSTRAINT "subscription_orders_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "subscriptions" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "tags" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "name_key" TEXT NOT NULL,
    "created_by" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "tag_assignments" (
    "tag_id" INTEGER NOT NULL,
    "customer_id" TEXT NOT NULL,
    "assigned_by" TEXT NOT NULL,
    "assigned_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("tag_id", "customer_id"),
    CONSTRAINT "tag_assignments_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "tag_assignments_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "partner_admins" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "display_name" TEXT,
    "role" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "partner_admin_assignments" (
    "admin_id" INTEGER NOT NULL,
    "customer_id" TEXT NOT NULL,

    PRIMARY KEY ("admin_id", "customer_id"),
    CONSTRAINT "partner_admin_assignments_admin_id_fkey" FOREIGN KEY ("admin_id") REFERENCES "partner_admins" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "partner_admin_assignments_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "call_queue_weeks" (
    "customer_id" TEXT NOT NULL,
    "week_start" DATETIME NOT NULL,
    "total_calls" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "abandoned" INTEGER NOT NULL,
    "timed_out" INTEGER NOT NULL,
    "overflowed" INTEGER NOT NULL,
    "transferred" INTEGER NOT NULL,
    "answer_wait_seconds" REAL NOT NULL,
    "abandon_wait_seconds" REAL NOT NULL,

    PRIMARY KEY ("customer_id", "week_start"),
    CONSTRAINT "call_queue_weeks_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "calling_usage" (
    "customer_id" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "period_start" DATETIME NOT NULL,
    "period_end" DATETIME NOT NULL,
    "total_calls" INTEGER NOT NULL,
    "call_minutes" REAL NOT NULL,
    "poor_quality_calls" INTEGER NOT NULL,
    "metrics" TEXT NOT NULL,

    PRIMARY KEY ("customer_id", "location", "period_start"),
    CONSTRAINT "calling_usage_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "spaces" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "title" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "enabled_by" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "region" TEXT NOT NULL DEFAULT 'all',
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "alerts_enabled" BOOLEAN NOT NULL DEFAULT true,
    "alert_thresholds" TEXT NOT NULL DEFAULT '90,30,7,1',
    "alert_time" TEXT NOT NULL DEFAULT '09:00',
    "last_alert_scan_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "report_schedules" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "space_id" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "day_of_week" INTEGER,
    "day_of_month" INTEGER,
    "time" TEXT NOT NULL,
    "time_zone" TEXT NOT NULL,
    "filters" TEXT NOT NULL DEFAULT '{}',
    "created_by" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "report_schedules_space_id_fkey" FOREIGN KEY ("space_id") REFERENCES "spaces" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "scheduled_runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "due_at" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "claimed_by" TEXT NOT NULL,
    "claimed_at" DATETIME NOT NULL,
    "finished_at" DATETIME,
    "detail" TEXT
);

-- CreateTable
CREATE TABLE "alert_ledger" (
    "space_id" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "threshold" INTEGER NOT NULL,
    "alerted_at" DATETIME NOT NULL,

    PRIMARY KEY ("space_id", "subject_type", "subject_id", "threshold")
);

-- CreateTable
CREATE TABLE "outbox_messages" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "dedupe_key" TEXT,
    "room_id" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "file_path" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" DATETIME
);

-- CreateTable
CREATE TABLE "import_batches" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "file_name" TEXT,
    "sha256" TEXT,
    "report_date" DATETIME,
    "rows_read" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}'
);

-- CreateIndex
CREATE INDEX "customers_name_key_idx" ON "customers"("name_key");

-- CreateIndex
CREATE INDEX "customers_region_idx" ON "customers"("region");

-- CreateIndex
CREATE INDEX "customers_managed_by_idx" ON "customers"("managed_by");

-- CreateIndex
CREATE INDEX "customers_added_at_idx" ON "customers"("added_at");

-- CreateIndex
CREATE INDEX "customers_next_end_at_idx" ON "customers"("next_end_at");

-- CreateIndex
CREATE INDEX "customer_users_customer_id_idx" ON "customer_users"("customer_id");

-- CreateIndex
CREATE INDEX "customer_domains_customer_id_idx" ON "customer_domains"("customer_id");

-- CreateIndex
CREATE INDEX "subscriptions_customer_id_idx" ON "subscriptions"("customer_id");

-- CreateIndex
CREATE INDEX "subscriptions_status_end_at_idx" ON "subscriptions"("status", "end_at");

-- CreateIndex
CREATE INDEX "subscriptions_type_status_idx" ON "subscriptions"("type", "status");

-- CreateIndex
CREATE INDEX "subscriptions_start_at_idx" ON "subscriptions"("start_at");

-- CreateIndex
CREATE INDEX "license_lines_family_idx" ON "license_lines"("family");

-- CreateIndex
CREATE INDEX "subscription_family_rollups_customer_id_idx" ON "subscription_family_rollups"("customer_id");

-- CreateIndex
CREATE INDEX "subscription_family_rollups_family_auto_renew_end_at_customer_id_idx" ON "subscription_family_rollups"("family", "auto_renew", "end_at", "customer_id");

-- CreateIndex
CREATE INDEX "subscription_family_rollups_family_start_at_customer_id_idx" ON "subscription_family_rollups"("family", "start_at", "customer_id");

-- CreateIndex
CREATE INDEX "license_line_rollups_customer_id_idx" ON "license_line_rollups"("customer_id");

-- CreateIndex
CREATE INDEX "license_line_rollups_family_auto_renew_end_at_customer_id_idx" ON "license_line_rollups"("family", "auto_renew", "end_at", "customer_id");

-- CreateIndex
CREATE INDEX "license_line_rollups_family_start_at_idx" ON "license_line_rollups"("family", "start_at");

-- CreateIndex
CREATE INDEX "license_line_rollups_family_overage_idx" ON "license_line_rollups"("family", "overage");

-- CreateIndex
CREATE INDEX "license_line_rollups_family_product_ratio_assigned_start_at_end_at_auto_renew_total_used_customer_id_idx" ON "license_line_rollups"("family", "product", "ratio", "assigned", "start_at", "end_at", "auto_renew", "total", "used", "customer_id");

-- CreateIndex
CREATE INDEX "license_snapshots_week_start_idx" ON "license_snapshots"("week_start");

-- CreateIndex
CREATE INDEX "subscription_orders_subscription_id_idx" ON "subscription_orders"("subscription_id");

-- CreateIndex
CREATE UNIQUE INDEX "tags_name_key_key" ON "tags"("name_key");

-- CreateIndex
CREATE INDEX "tag_assignments_customer_id_idx" ON "tag_assignments"("customer_id");

-- CreateIndex
CREATE UNIQUE INDEX "partner_admins_email_key" ON "partner_admins"("email");

-- CreateIndex
CREATE INDEX "partner_admin_assignments_customer_id_idx" ON "partner_admin_assignments"("customer_id");

-- CreateIndex
CREATE INDEX "call_queue_weeks_week_start_idx" ON "call_queue_weeks"("week_start");

-- CreateIndex
CREATE INDEX "calling_usage_period_start_idx" ON "calling_usage"("period_start");

-- CreateIndex
CREATE INDEX "report_schedules_space_id_idx" ON "report_schedules"("space_id");

-- CreateIndex
CREATE INDEX "scheduled_runs_status_idx" ON "scheduled_runs"("status");

-- CreateIndex
CREATE UNIQUE INDEX "scheduled_runs_kind_key_due_at_key" ON "scheduled_runs"("kind", "key", "due_at");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_messages_dedupe_key_key" ON "outbox_messages"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_messages_status_next_attempt_at_idx" ON "outbox_messages"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "import_batches_sha256_idx" ON "import_batches"("sha256");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");


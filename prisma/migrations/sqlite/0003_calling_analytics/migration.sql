-- CreateTable
CREATE TABLE "license_weeks" (
    "customer_id" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "week_start" DATETIME NOT NULL,
    "total" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL,
    "used" INTEGER NOT NULL,
    "available" INTEGER NOT NULL,

    PRIMARY KEY ("family", "week_start", "customer_id"),
    CONSTRAINT "license_weeks_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "calling_weeks" (
    "customer_id" TEXT NOT NULL,
    "week_start" DATETIME NOT NULL,
    "total_calls" INTEGER NOT NULL,
    "call_legs" INTEGER NOT NULL,
    "call_minutes" REAL NOT NULL,
    "video_minutes" REAL NOT NULL,
    "poor_quality_calls" INTEGER NOT NULL,
    "legs_desk_phone" INTEGER NOT NULL,
    "legs_room_device" INTEGER NOT NULL,
    "legs_other_devices" INTEGER NOT NULL,
    "hunt_group_calls" INTEGER NOT NULL,
    "auto_attendant_calls" INTEGER NOT NULL,
    "call_queue_calls" INTEGER NOT NULL,

    PRIMARY KEY ("customer_id", "week_start"),
    CONSTRAINT "calling_weeks_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "call_quality_weeks" (
    "customer_id" TEXT NOT NULL,
    "week_start" DATETIME NOT NULL,
    "legs" INTEGER NOT NULL,
    "poor_legs" INTEGER NOT NULL,
    "desk_phone_legs" INTEGER NOT NULL,
    "desk_phone_poor" INTEGER NOT NULL,
    "room_device_legs" INTEGER NOT NULL,
    "room_device_poor" INTEGER NOT NULL,
    "webex_app_legs" INTEGER NOT NULL,
    "webex_app_poor" INTEGER NOT NULL,
    "other_legs" INTEGER NOT NULL,
    "other_poor" INTEGER NOT NULL,

    PRIMARY KEY ("customer_id", "week_start"),
    CONSTRAINT "call_quality_weeks_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "license_weeks_customer_id_family_week_start_total_assigned_used_available_idx" ON "license_weeks"("customer_id", "family", "week_start", "total", "assigned", "used", "available");

-- CreateIndex
CREATE INDEX "license_weeks_family_week_start_total_assigned_used_available_idx" ON "license_weeks"("family", "week_start", "total", "assigned", "used", "available");

-- CreateIndex
CREATE INDEX "calling_weeks_week_start_customer_id_total_calls_call_legs_call_minutes_video_minutes_poor_quality_calls_legs_desk_phone_legs_room_device_legs_other_devices_hunt_group_calls_auto_attendant_calls_call_queue_calls_idx" ON "calling_weeks"("week_start", "customer_id", "total_calls", "call_legs", "call_minutes", "video_minutes", "poor_quality_calls", "legs_desk_phone", "legs_room_device", "legs_other_devices", "hunt_group_calls", "auto_attendant_calls", "call_queue_calls");

-- CreateIndex
CREATE INDEX "call_quality_weeks_week_start_customer_id_legs_poor_legs_desk_phone_legs_desk_phone_poor_room_device_legs_room_device_poor_webex_app_legs_webex_app_poor_other_legs_other_poor_idx" ON "call_quality_weeks"("week_start", "customer_id", "legs", "poor_legs", "desk_phone_legs", "desk_phone_poor", "room_device_legs", "room_device_poor", "webex_app_legs", "webex_app_poor", "other_legs", "other_poor");


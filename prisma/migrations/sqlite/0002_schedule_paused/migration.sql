-- AlterTable
ALTER TABLE "report_schedules" ADD COLUMN "paused_at" DATETIME;


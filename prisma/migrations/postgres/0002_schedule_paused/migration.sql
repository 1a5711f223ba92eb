-- AlterTable
ALTER TABLE "report_schedules" ADD COLUMN     "paused_at" TIMESTAMP(3);


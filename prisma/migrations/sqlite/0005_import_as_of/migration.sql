-- AlterTable
ALTER TABLE "customers" ADD COLUMN "as_of" DATETIME;

-- AlterTable
ALTER TABLE "subscriptions" ADD COLUMN "as_of" DATETIME;


-- AlterTable
ALTER TABLE "customers" ADD COLUMN     "as_of" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "subscriptions" ADD COLUMN     "as_of" TIMESTAMP(3);


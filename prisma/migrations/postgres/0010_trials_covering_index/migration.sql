-- DropIndex
DROP INDEX "subscriptions_type_status_idx";

-- CreateIndex
CREATE INDEX "subscriptions_type_status_end_at_auto_renew_customer_id_idx" ON "subscriptions"("type", "status", "end_at", "auto_renew", "customer_id");


-- DropIndex
DROP INDEX "subscriptions_customer_id_idx";

-- CreateIndex
CREATE INDEX "subscriptions_customer_id_status_auto_renew_end_at_idx" ON "subscriptions"("customer_id", "status", "auto_renew", "end_at");

-- CreateIndex
CREATE INDEX "subscriptions_status_auto_renew_end_at_customer_id_idx" ON "subscriptions"("status", "auto_renew", "end_at", "customer_id");


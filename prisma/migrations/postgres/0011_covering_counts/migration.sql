-- DropIndex
DROP INDEX "subscriptions_status_end_at_idx";

-- DropIndex
DROP INDEX "subscription_family_rollups_family_auto_renew_end_at_custom_idx";

-- DropIndex
DROP INDEX "license_line_rollups_family_overage_idx";

-- CreateIndex
CREATE INDEX "subscriptions_status_end_at_updated_at_customer_id_id_idx" ON "subscriptions"("status", "end_at", "updated_at", "customer_id", "id");

-- CreateIndex
CREATE INDEX "subscription_family_rollups_family_auto_renew_end_at_custom_idx" ON "subscription_family_rollups"("family", "auto_renew", "end_at", "customer_id", "subscription_id", "total", "assigned", "used");

-- CreateIndex
CREATE INDEX "license_line_rollups_family_overage_subscription_id_auto_re_idx" ON "license_line_rollups"("family", "overage", "subscription_id", "auto_renew", "end_at", "total", "assigned", "customer_id");


-- Planner statistics for the new indexes: without them SQLite picks blindly until the next
-- import or sync runs ANALYZE (kpis at 50,000 customers went from 84 to 158 ms meanwhile).
ANALYZE "subscriptions";
ANALYZE "subscription_family_rollups";
ANALYZE "license_line_rollups";

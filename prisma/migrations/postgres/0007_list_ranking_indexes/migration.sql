-- CreateIndex
CREATE INDEX "customers_overage_lines_idx" ON "customers"("overage_lines");

-- CreateIndex
CREATE INDEX "license_line_rollups_family_ratio_idx" ON "license_line_rollups"("family", "ratio");


-- AlterTable
ALTER TABLE "regression_baselines" ADD COLUMN     "judgeName" VARCHAR(64),
ADD COLUMN     "sourceModelVersionId" UUID,
ADD COLUMN     "tolerancePercent" DOUBLE PRECISION NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "regression_checks" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "runId" UUID NOT NULL,
    "baselineId" UUID,
    "baselineName" VARCHAR(256) NOT NULL,
    "baselineRunId" UUID,
    "metric" VARCHAR(64) NOT NULL,
    "judgeName" VARCHAR(64),
    "lowerIsBetter" BOOLEAN NOT NULL,
    "tolerancePercent" DOUBLE PRECISION NOT NULL,
    "baselineValue" DOUBLE PRECISION NOT NULL,
    "currentValue" DOUBLE PRECISION NOT NULL,
    "delta" DOUBLE PRECISION NOT NULL,
    "deltaPercent" DOUBLE PRECISION NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "details" TEXT NOT NULL,
    "gate" VARCHAR(64),

    CONSTRAINT "regression_checks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "regression_checks_runId_createdAt_id_idx" ON "regression_checks"("runId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "regression_checks_baselineId_createdAt_id_idx" ON "regression_checks"("baselineId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "regression_checks_baselineRunId_idx" ON "regression_checks"("baselineRunId");

-- AddForeignKey
ALTER TABLE "regression_baselines" ADD CONSTRAINT "regression_baselines_sourceModelVersionId_fkey" FOREIGN KEY ("sourceModelVersionId") REFERENCES "model_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regression_checks" ADD CONSTRAINT "regression_checks_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regression_checks" ADD CONSTRAINT "regression_checks_baselineId_fkey" FOREIGN KEY ("baselineId") REFERENCES "regression_baselines"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regression_checks" ADD CONSTRAINT "regression_checks_baselineRunId_fkey" FOREIGN KEY ("baselineRunId") REFERENCES "runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Trigram indexes for the case-insensitive substring search (contrib on PostgreSQL, bundled with PGlite).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "datasets_createdAt_id_idx";

-- DropIndex
DROP INDEX "regression_baselines_createdAt_id_idx";

-- DropIndex
DROP INDEX "runs_createdAt_id_idx";

-- DropIndex
DROP INDEX "traces_createdAt_id_idx";

-- DropIndex
DROP INDEX "tuning_jobs_createdAt_id_idx";

-- AlterTable
ALTER TABLE "trials" ADD COLUMN     "metricRank" DOUBLE PRECISION;

-- CreateIndex
CREATE UNIQUE INDEX "datasets_createdAt_id_key" ON "datasets"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "regression_baselines_createdAt_id_key" ON "regression_baselines"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "runs_createdAt_id_key" ON "runs"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "traces_prompt_trgm_idx" ON "traces" USING GIN ("prompt" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "traces_finalAnswer_trgm_idx" ON "traces" USING GIN ("finalAnswer" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "traces_createdAt_id_key" ON "traces"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "trials_tuningJobId_metricRank_id_idx" ON "trials"("tuningJobId", "metricRank", "id");

-- CreateIndex
CREATE UNIQUE INDEX "tuning_jobs_createdAt_id_key" ON "tuning_jobs"("createdAt" DESC, "id" DESC);


-- Lower is better: MAX jobs store the negated value.
UPDATE "trials" t SET "metricRank" = CASE j."metricMode" WHEN 'MAX' THEN -t."metricValue" ELSE t."metricValue" END
  FROM "tuning_jobs" j
 WHERE j."id" = t."tuningJobId" AND t."metricValue" IS NOT NULL;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "SelectionStrategy" AS ENUM ('LATEST', 'RANDOM', 'EXPLICIT');

-- CreateEnum
CREATE TYPE "Executor" AS ENUM ('DRY_RUN', 'BUILTIN', 'COMMAND');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('PENDING', 'RUNNING', 'CANCELLING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'TIMED_OUT');

-- CreateEnum
CREATE TYPE "LogStream" AS ENUM ('STDOUT', 'STDERR');

-- CreateEnum
CREATE TYPE "TuningJobStatus" AS ENUM ('CREATED', 'RUNNING', 'CANCELLING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MetricMode" AS ENUM ('MIN', 'MAX');

-- CreateEnum
CREATE TYPE "TrialStatus" AS ENUM ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'PRUNED');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('PASS', 'FAIL', 'UNCERTAIN');

-- CreateEnum
CREATE TYPE "ModelVersionStatus" AS ENUM ('CREATED', 'READY', 'FAILED');

-- CreateEnum
CREATE TYPE "TokenRole" AS ENUM ('READ', 'WRITE', 'ADMIN');

-- CreateTable
CREATE TABLE "traces" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "traceVersion" VARCHAR(64) NOT NULL,
    "prompt" TEXT NOT NULL,
    "finalAnswer" TEXT NOT NULL,
    "steps" JSONB NOT NULL,
    "stepCount" INTEGER NOT NULL,
    "totalChars" INTEGER NOT NULL,
    "meta" JSONB,
    "source" VARCHAR(256),
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "traces_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trace_scores" (
    "id" UUID NOT NULL,
    "traceId" UUID NOT NULL,
    "criteria" VARCHAR(64) NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "details" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trace_scores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "datasets" (
    "id" UUID NOT NULL,
    "key" VARCHAR(256) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "version" VARCHAR(64) NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "filters" JSONB NOT NULL DEFAULT '{}',
    "selectionStrategy" "SelectionStrategy" NOT NULL,
    "seed" INTEGER,
    "prngAlgorithm" VARCHAR(64),
    "traceCount" INTEGER NOT NULL,
    "stats" JSONB NOT NULL,
    "checksum" CHAR(64) NOT NULL,
    "schemaVersion" VARCHAR(16) NOT NULL DEFAULT '1.0',
    "sessionId" VARCHAR(128),
    "parentDatasetId" UUID,
    "trainingRunRef" VARCHAR(128),
    "provenance" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "datasets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dataset_items" (
    "datasetId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "traceId" UUID NOT NULL,

    CONSTRAINT "dataset_items_pkey" PRIMARY KEY ("datasetId","position")
);

-- CreateTable
CREATE TABLE "runs" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "name" VARCHAR(256),
    "datasetId" UUID NOT NULL,
    "baseModel" VARCHAR(256) NOT NULL,
    "executor" "Executor" NOT NULL,
    "config" JSONB NOT NULL DEFAULT '{}',
    "status" "RunStatus" NOT NULL DEFAULT 'PENDING',
    "exitCode" INTEGER,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "summaryMetrics" JSONB,
    "error" TEXT,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 1,
    "leaseOwner" VARCHAR(128),
    "leaseExpiresAt" TIMESTAMPTZ(3),
    "lastLogSeq" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run_status_changes" (
    "id" BIGSERIAL NOT NULL,
    "runId" UUID NOT NULL,
    "fromStatus" "RunStatus",
    "toStatus" "RunStatus" NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "run_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "run_log_chunks" (
    "runId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "stream" "LogStream" NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "run_log_chunks_pkey" PRIMARY KEY ("runId","seq")
);

-- CreateTable
CREATE TABLE "run_metric_points" (
    "runId" UUID NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "step" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "epoch" DOUBLE PRECISION,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "run_metric_points_pkey" PRIMARY KEY ("runId","name","step")
);

-- CreateTable
CREATE TABLE "run_artifacts" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "name" VARCHAR(512) NOT NULL,
    "storageUri" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "run_artifacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tuning_jobs" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "name" VARCHAR(256) NOT NULL,
    "status" "TuningJobStatus" NOT NULL DEFAULT 'CREATED',
    "datasetId" UUID NOT NULL,
    "baseModel" VARCHAR(256) NOT NULL,
    "executor" "Executor" NOT NULL,
    "baseConfig" JSONB NOT NULL DEFAULT '{}',
    "metricName" VARCHAR(64) NOT NULL,
    "metricMode" "MetricMode" NOT NULL,
    "numSamples" INTEGER NOT NULL DEFAULT 1,
    "maxConcurrentTrials" INTEGER NOT NULL DEFAULT 1,
    "searchSpace" JSONB NOT NULL,
    "seed" INTEGER NOT NULL DEFAULT 0,
    "earlyStopping" JSONB,
    "bestRunId" UUID,
    "bestParams" JSONB,
    "bestMetricValue" DOUBLE PRECISION,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "error" TEXT,

    CONSTRAINT "tuning_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "trials" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tuningJobId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "runId" UUID,
    "params" JSONB NOT NULL,
    "status" "TrialStatus" NOT NULL DEFAULT 'PENDING',
    "metricValue" DOUBLE PRECISION,
    "error" TEXT,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "trials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluations" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "runId" UUID NOT NULL,
    "judgeName" VARCHAR(64) NOT NULL,
    "judgeVersion" VARCHAR(32) NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "primaryScore" DOUBLE PRECISION,
    "verdict" "Verdict" NOT NULL,
    "metrics" JSONB NOT NULL DEFAULT '{}',
    "detailedMetrics" JSONB NOT NULL DEFAULT '[]',
    "rawJudgeOutput" TEXT,
    "isLatest" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "regression_baselines" (
    "id" UUID NOT NULL,
    "name" VARCHAR(256) NOT NULL,
    "runId" UUID NOT NULL,
    "metric" VARCHAR(64) NOT NULL DEFAULT 'primary_score',
    "lowerIsBetter" BOOLEAN,
    "evalSet" VARCHAR(256),
    "datasetId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "regression_baselines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_artifacts" (
    "id" UUID NOT NULL,
    "name" VARCHAR(256) NOT NULL,
    "description" TEXT,
    "taskType" VARCHAR(64),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "model_artifacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_versions" (
    "id" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "artifactId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "label" VARCHAR(64),
    "description" TEXT,
    "status" "ModelVersionStatus" NOT NULL DEFAULT 'READY',
    "sourceRunId" UUID,
    "sourceTrialId" UUID,
    "tuningJobId" UUID,
    "datasetId" UUID,
    "datasetChecksum" CHAR(64),
    "metrics" JSONB,
    "config" JSONB,
    "provenance" JSONB,
    "storageUri" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "sizeBytes" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "model_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_aliases" (
    "id" UUID NOT NULL,
    "artifactId" UUID NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "versionId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "model_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_alias_changes" (
    "id" BIGSERIAL NOT NULL,
    "aliasId" UUID NOT NULL,
    "fromVersionId" UUID,
    "toVersionId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "model_alias_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "tokenHash" CHAR(64) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "role" "TokenRole" NOT NULL DEFAULT 'WRITE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "traces_createdAt_id_idx" ON "traces"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "traces_source_createdAt_id_idx" ON "traces"("source", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "traces_traceVersion_idx" ON "traces"("traceVersion");

-- CreateIndex
CREATE INDEX "traces_tags_idx" ON "traces" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "traces_meta_idx" ON "traces" USING GIN ("meta" jsonb_path_ops);

-- CreateIndex
CREATE INDEX "trace_scores_traceId_createdAt_idx" ON "trace_scores"("traceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "trace_scores_criteria_score_idx" ON "trace_scores"("criteria", "score" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "datasets_key_key" ON "datasets"("key");

-- CreateIndex
CREATE INDEX "datasets_createdAt_id_idx" ON "datasets"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "datasets_name_createdAt_idx" ON "datasets"("name", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "datasets_name_version_key" ON "datasets"("name", "version");

-- CreateIndex
CREATE INDEX "dataset_items_traceId_idx" ON "dataset_items"("traceId");

-- CreateIndex
CREATE UNIQUE INDEX "dataset_items_datasetId_traceId_key" ON "dataset_items"("datasetId", "traceId");

-- CreateIndex
CREATE INDEX "runs_createdAt_id_idx" ON "runs"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "runs_status_createdAt_id_idx" ON "runs"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "runs_datasetId_createdAt_id_idx" ON "runs"("datasetId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "runs_baseModel_createdAt_idx" ON "runs"("baseModel", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "runs_executor_createdAt_idx" ON "runs"("executor", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "runs_status_leaseExpiresAt_idx" ON "runs"("status", "leaseExpiresAt");

-- CreateIndex
CREATE INDEX "run_status_changes_runId_id_idx" ON "run_status_changes"("runId", "id");

-- CreateIndex
CREATE INDEX "run_metric_points_runId_step_idx" ON "run_metric_points"("runId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "run_artifacts_runId_name_key" ON "run_artifacts"("runId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "tuning_jobs_bestRunId_key" ON "tuning_jobs"("bestRunId");

-- CreateIndex
CREATE INDEX "tuning_jobs_createdAt_id_idx" ON "tuning_jobs"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tuning_jobs_status_createdAt_id_idx" ON "tuning_jobs"("status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "tuning_jobs_datasetId_createdAt_idx" ON "tuning_jobs"("datasetId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "trials_runId_key" ON "trials"("runId");

-- CreateIndex
CREATE INDEX "trials_tuningJobId_metricValue_id_idx" ON "trials"("tuningJobId", "metricValue", "id");

-- CreateIndex
CREATE INDEX "trials_tuningJobId_status_idx" ON "trials"("tuningJobId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "trials_tuningJobId_number_key" ON "trials"("tuningJobId", "number");

-- CreateIndex
CREATE INDEX "evaluations_runId_createdAt_idx" ON "evaluations"("runId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "evaluations_isLatest_score_id_idx" ON "evaluations"("isLatest", "score" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "evaluations_createdAt_idx" ON "evaluations"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "regression_baselines_name_key" ON "regression_baselines"("name");

-- CreateIndex
CREATE INDEX "regression_baselines_createdAt_id_idx" ON "regression_baselines"("createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "model_artifacts_name_key" ON "model_artifacts"("name");

-- CreateIndex
CREATE INDEX "model_artifacts_updatedAt_id_idx" ON "model_artifacts"("updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "model_versions_artifactId_createdAt_idx" ON "model_versions"("artifactId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "model_versions_sha256_idx" ON "model_versions"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "model_versions_artifactId_version_key" ON "model_versions"("artifactId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "model_versions_artifactId_label_key" ON "model_versions"("artifactId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "model_aliases_artifactId_name_key" ON "model_aliases"("artifactId", "name");

-- CreateIndex
CREATE INDEX "model_alias_changes_aliasId_id_idx" ON "model_alias_changes"("aliasId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_tokenHash_key" ON "api_tokens"("tokenHash");

-- CreateIndex
CREATE INDEX "api_tokens_createdAt_id_idx" ON "api_tokens"("createdAt" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "trace_scores" ADD CONSTRAINT "trace_scores_traceId_fkey" FOREIGN KEY ("traceId") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "datasets" ADD CONSTRAINT "datasets_parentDatasetId_fkey" FOREIGN KEY ("parentDatasetId") REFERENCES "datasets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_items" ADD CONSTRAINT "dataset_items_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "datasets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dataset_items" ADD CONSTRAINT "dataset_items_traceId_fkey" FOREIGN KEY ("traceId") REFERENCES "traces"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "runs" ADD CONSTRAINT "runs_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "datasets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_status_changes" ADD CONSTRAINT "run_status_changes_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_log_chunks" ADD CONSTRAINT "run_log_chunks_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_metric_points" ADD CONSTRAINT "run_metric_points_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "run_artifacts" ADD CONSTRAINT "run_artifacts_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tuning_jobs" ADD CONSTRAINT "tuning_jobs_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "datasets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tuning_jobs" ADD CONSTRAINT "tuning_jobs_bestRunId_fkey" FOREIGN KEY ("bestRunId") REFERENCES "runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trials" ADD CONSTRAINT "trials_tuningJobId_fkey" FOREIGN KEY ("tuningJobId") REFERENCES "tuning_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "trials" ADD CONSTRAINT "trials_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regression_baselines" ADD CONSTRAINT "regression_baselines_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "regression_baselines" ADD CONSTRAINT "regression_baselines_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "datasets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_artifactId_fkey" FOREIGN KEY ("artifactId") REFERENCES "model_artifacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_sourceRunId_fkey" FOREIGN KEY ("sourceRunId") REFERENCES "runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_sourceTrialId_fkey" FOREIGN KEY ("sourceTrialId") REFERENCES "trials"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_tuningJobId_fkey" FOREIGN KEY ("tuningJobId") REFERENCES "tuning_jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_versions" ADD CONSTRAINT "model_versions_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "datasets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_aliases" ADD CONSTRAINT "model_aliases_artifactId_fkey" FOREIGN KEY ("artifactId") REFERENCES "model_artifacts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_aliases" ADD CONSTRAINT "model_aliases_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "model_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_alias_changes" ADD CONSTRAINT "model_alias_changes_aliasId_fkey" FOREIGN KEY ("aliasId") REFERENCES "model_aliases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_alias_changes" ADD CONSTRAINT "model_alias_changes_fromVersionId_fkey" FOREIGN KEY ("fromVersionId") REFERENCES "model_versions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_alias_changes" ADD CONSTRAINT "model_alias_changes_toVersionId_fkey" FOREIGN KEY ("toVersionId") REFERENCES "model_versions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

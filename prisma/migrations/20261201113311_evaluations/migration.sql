-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- DropIndex
DROP INDEX "evaluations_isLatest_score_id_idx";

-- DropIndex
DROP INDEX "evaluations_runId_createdAt_idx";

-- AlterTable
ALTER TABLE "evaluations" DROP COLUMN "isLatest",
ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "error" TEXT,
ADD COLUMN     "evalDatasetId" UUID,
ADD COLUMN     "finishedAt" TIMESTAMPTZ(3),
ADD COLUMN     "itemsDone" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "itemsTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "judgeConfig" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "leaseExpiresAt" TIMESTAMPTZ(3),
ADD COLUMN     "leaseOwner" VARCHAR(128),
ADD COLUMN     "maxAttempts" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "scorecard" JSONB,
ADD COLUMN     "startedAt" TIMESTAMPTZ(3),
ADD COLUMN     "status" "EvaluationStatus" NOT NULL DEFAULT 'PENDING',
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL,
ALTER COLUMN "score" DROP NOT NULL,
ALTER COLUMN "verdict" DROP NOT NULL;

-- AlterTable
ALTER TABLE "tuning_jobs" ADD COLUMN     "evalJudge" VARCHAR(64),
ADD COLUMN     "evalJudgeConfig" JSONB;

-- CreateTable
CREATE TABLE "evaluation_items" (
    "id" UUID NOT NULL,
    "evaluationId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "traceId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "prediction" TEXT,
    "score" DOUBLE PRECISION,
    "correct" BOOLEAN,
    "reasoning" TEXT,
    "error" TEXT,
    "judgedAt" TIMESTAMPTZ(3),

    CONSTRAINT "evaluation_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "evaluation_items_traceId_idx" ON "evaluation_items"("traceId");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_items_evaluationId_position_key" ON "evaluation_items"("evaluationId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "evaluation_items_evaluationId_traceId_key" ON "evaluation_items"("evaluationId", "traceId");

-- CreateIndex
CREATE INDEX "evaluations_runId_status_createdAt_id_idx" ON "evaluations"("runId", "status", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "evaluations_status_score_id_idx" ON "evaluations"("status", "score" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "evaluations_status_createdAt_id_idx" ON "evaluations"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "evaluations_status_leaseExpiresAt_idx" ON "evaluations"("status", "leaseExpiresAt");

-- CreateIndex
CREATE INDEX "evaluations_evalDatasetId_idx" ON "evaluations"("evalDatasetId");

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_evalDatasetId_fkey" FOREIGN KEY ("evalDatasetId") REFERENCES "datasets"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_items" ADD CONSTRAINT "evaluation_items_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_items" ADD CONSTRAINT "evaluation_items_traceId_fkey" FOREIGN KEY ("traceId") REFERENCES "traces"("id") ON DELETE CASCADE ON UPDATE CASCADE;

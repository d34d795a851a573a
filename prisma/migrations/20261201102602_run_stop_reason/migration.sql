-- CreateEnum
CREATE TYPE "RunStopReason" AS ENUM ('CANCELLED_BY_USER', 'TUNING_JOB_CANCELLED', 'PRUNED', 'TIMEOUT', 'STORAGE_UNAVAILABLE', 'WORKER_LOST');

-- AlterTable
ALTER TABLE "runs" ADD COLUMN     "stopReason" "RunStopReason";

-- Backfill from the status history the server wrote before the column existed.
UPDATE "runs" SET "stopReason" = 'TIMEOUT' WHERE "status" = 'TIMED_OUT';
UPDATE "runs" r SET "stopReason" = CASE c."reason"
    WHEN 'pruned by the early-stopping rule' THEN 'PRUNED'::"RunStopReason"
    WHEN 'tuning job cancelled' THEN 'TUNING_JOB_CANCELLED'::"RunStopReason"
    ELSE 'CANCELLED_BY_USER'::"RunStopReason" END
  FROM "run_status_changes" c
 WHERE c."runId" = r."id" AND r."status" IN ('CANCELLING', 'CANCELLED')
   AND c."toStatus" IN ('CANCELLING', 'CANCELLED') AND c."fromStatus" IN ('PENDING', 'RUNNING');
UPDATE "runs" r SET "stopReason" = CASE c."reason" WHEN 'storage unavailable' THEN 'STORAGE_UNAVAILABLE'::"RunStopReason" ELSE 'WORKER_LOST'::"RunStopReason" END
  FROM "run_status_changes" c
 WHERE c."runId" = r."id" AND r."status" = 'FAILED' AND c."toStatus" = 'FAILED' AND c."reason" IN ('storage unavailable', 'worker lost');

-- CreateEnum
CREATE TYPE "RunValueKind" AS ENUM ('METRIC', 'PARAM');

-- AlterTable
ALTER TABLE "runs" ADD COLUMN     "notes" TEXT,
ADD COLUMN     "number" SERIAL NOT NULL,
ADD COLUMN     "tags" VARCHAR(64)[] DEFAULT ARRAY[]::VARCHAR(64)[];

-- Existing runs are numbered in the order they were created (SERIAL numbered them in storage order).
UPDATE "runs" r SET "number" = o.n FROM (SELECT "id", row_number() OVER (ORDER BY "createdAt", "id") AS n FROM "runs") o WHERE r."id" = o."id";
SELECT setval(pg_get_serial_sequence('"runs"', 'number'), GREATEST((SELECT max("number") FROM "runs"), 1), (SELECT count(*) > 0 FROM "runs"));

-- CreateTable
CREATE TABLE "run_values" (
    "runId" UUID NOT NULL,
    "kind" "RunValueKind" NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "run_values_pkey" PRIMARY KEY ("runId","kind","key")
);

-- CreateTable
CREATE TABLE "run_value_keys" (
    "kind" "RunValueKind" NOT NULL,
    "key" VARCHAR(128) NOT NULL,

    CONSTRAINT "run_value_keys_pkey" PRIMARY KEY ("kind","key")
);

-- CreateIndex
CREATE INDEX "run_values_kind_key_value_runId_idx" ON "run_values"("kind", "key", "value", "runId");

-- CreateIndex
CREATE UNIQUE INDEX "runs_number_key" ON "runs"("number");

-- CreateIndex
CREATE INDEX "runs_tags_idx" ON "runs" USING GIN ("tags");

-- AddForeignKey
ALTER TABLE "run_values" ADD CONSTRAINT "run_values_runId_fkey" FOREIGN KEY ("runId") REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the numbers already in each run's config (and config.params) and summary metrics.
INSERT INTO "run_values" ("runId", "kind", "key", "value")
SELECT r."id", 'PARAM'::"RunValueKind", e."key", e."value"::numeric::float8 FROM "runs" r, jsonb_each(CASE WHEN jsonb_typeof(r."config") = 'object' THEN r."config" ELSE '{}'::jsonb END) e
 WHERE jsonb_typeof(e."value") = 'number' AND length(e."key") <= 128
UNION ALL
SELECT r."id", 'PARAM'::"RunValueKind", 'params.' || e."key", e."value"::numeric::float8 FROM "runs" r, jsonb_each(CASE WHEN jsonb_typeof(r."config" -> 'params') = 'object' THEN r."config" -> 'params' ELSE '{}'::jsonb END) e
 WHERE jsonb_typeof(e."value") = 'number' AND length(e."key") <= 121
UNION ALL
SELECT r."id", 'METRIC'::"RunValueKind", e."key", e."value"::numeric::float8 FROM "runs" r, jsonb_each(CASE WHEN jsonb_typeof(r."summaryMetrics") = 'object' THEN r."summaryMetrics" ELSE '{}'::jsonb END) e
 WHERE jsonb_typeof(e."value") = 'number' AND length(e."key") <= 128;
INSERT INTO "run_value_keys" ("kind", "key") SELECT DISTINCT "kind", "key" FROM "run_values";

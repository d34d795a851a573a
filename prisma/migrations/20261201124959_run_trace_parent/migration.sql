-- AlterTable
ALTER TABLE "runs" ADD COLUMN     "traceParent" VARCHAR(64);

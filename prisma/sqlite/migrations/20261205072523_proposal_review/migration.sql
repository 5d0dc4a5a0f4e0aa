-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN "correctedFields" TEXT;
ALTER TABLE "Proposal" ADD COLUMN "rejectReason" TEXT;

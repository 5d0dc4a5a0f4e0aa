-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "correctedFields" TEXT,
ADD COLUMN     "rejectReason" TEXT;

-- CreateTable
CREATE TABLE "SignInBackoff" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "tries" INTEGER NOT NULL,
    "lastTryAt" DATETIME NOT NULL,
    "notBefore" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "SignInBackoff_lastTryAt_idx" ON "SignInBackoff"("lastTryAt");

-- CreateIndex
CREATE UNIQUE INDEX "RateLimit_key_key" ON "RateLimit"("key");

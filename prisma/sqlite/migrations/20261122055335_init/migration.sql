-- CreateTable
CREATE TABLE "Mission" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hostCountry" TEXT NOT NULL,
    "hostCountryIsoNumeric" TEXT,
    "deployedSince" TEXT,
    "mandateEnd" TEXT,
    "drawdownStart" TEXT,
    "withdrawalDeadline" TEXT NOT NULL,
    "liquidationStart" TEXT,
    "personnelInScope" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "missionId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "plannedStart" TEXT,
    "plannedEnd" TEXT,
    CONSTRAINT "Phase_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Site" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "missionId" INTEGER NOT NULL,
    "phaseId" INTEGER,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lon" REAL NOT NULL,
    "plannedHandover" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Site_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Site_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SiteAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "siteId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "SiteAlias_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Contingent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "missionId" INTEGER NOT NULL,
    "country" TEXT NOT NULL,
    "countryIso" TEXT NOT NULL,
    "unitKind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "strength" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Contingent_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "contingentId" INTEGER NOT NULL,
    "siteId" INTEGER NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    "strength" INTEGER,
    CONSTRAINT "Deployment_contingentId_fkey" FOREIGN KEY ("contingentId") REFERENCES "Contingent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Deployment_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "missionId" INTEGER NOT NULL,
    "siteId" INTEGER,
    "contingentId" INTEGER,
    "type" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "notes" TEXT,
    "figure" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'achieved',
    "releaseId" INTEGER,
    "sourceUrl" TEXT,
    "sourcePublisher" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Milestone_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Milestone_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Milestone_contingentId_fkey" FOREIGN KEY ("contingentId") REFERENCES "Contingent" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Milestone_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Release" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "missionId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Release_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "releaseId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "date" TEXT,
    "siteId" INTEGER,
    "contingentId" INTEGER,
    "countryIso" TEXT,
    "figure" INTEGER,
    "milestoneStatus" TEXT NOT NULL DEFAULT 'achieved',
    "title" TEXT NOT NULL,
    "sentence" TEXT NOT NULL,
    "spans" TEXT NOT NULL DEFAULT '[]',
    "confidence" REAL NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "milestoneId" INTEGER,
    "reviewedAt" DATETIME,
    "reviewedBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Proposal_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Proposal_contingentId_fkey" FOREIGN KEY ("contingentId") REFERENCES "Contingent" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Proposal_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "missionId" INTEGER,
    "before" TEXT,
    "after" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "Mission_code_key" ON "Mission"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Phase_missionId_code_key" ON "Phase"("missionId", "code");

-- CreateIndex
CREATE INDEX "Site_missionId_name_idx" ON "Site"("missionId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Site_missionId_slug_key" ON "Site"("missionId", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "SiteAlias_siteId_name_key" ON "SiteAlias"("siteId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Contingent_missionId_countryIso_unitKind_key" ON "Contingent"("missionId", "countryIso", "unitKind");

-- CreateIndex
CREATE INDEX "Deployment_siteId_idx" ON "Deployment"("siteId");

-- CreateIndex
CREATE INDEX "Deployment_contingentId_idx" ON "Deployment"("contingentId");

-- CreateIndex
CREATE INDEX "Milestone_missionId_date_id_idx" ON "Milestone"("missionId", "date", "id");

-- CreateIndex
CREATE INDEX "Milestone_siteId_date_idx" ON "Milestone"("siteId", "date");

-- CreateIndex
CREATE INDEX "Milestone_contingentId_date_idx" ON "Milestone"("contingentId", "date");

-- CreateIndex
CREATE INDEX "Milestone_releaseId_idx" ON "Milestone"("releaseId");

-- CreateIndex
CREATE INDEX "Milestone_missionId_type_date_idx" ON "Milestone"("missionId", "type", "date");

-- CreateIndex
CREATE INDEX "Release_missionId_date_id_idx" ON "Release"("missionId", "date", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Release_missionId_contentHash_key" ON "Release"("missionId", "contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_milestoneId_key" ON "Proposal"("milestoneId");

-- CreateIndex
CREATE INDEX "Proposal_releaseId_idx" ON "Proposal"("releaseId");

-- CreateIndex
CREATE INDEX "Proposal_status_id_idx" ON "Proposal"("status", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_id_idx" ON "AuditEvent"("entity", "entityId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_missionId_id_idx" ON "AuditEvent"("missionId", "id");

-- CreateTable
CREATE TABLE "Mission" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Phase" (
    "id" SERIAL NOT NULL,
    "missionId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "plannedStart" TEXT,
    "plannedEnd" TEXT,

    CONSTRAINT "Phase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Site" (
    "id" SERIAL NOT NULL,
    "missionId" INTEGER NOT NULL,
    "phaseId" INTEGER,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lon" DOUBLE PRECISION NOT NULL,
    "plannedHandover" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SiteAlias" (
    "id" SERIAL NOT NULL,
    "siteId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "SiteAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contingent" (
    "id" SERIAL NOT NULL,
    "missionId" INTEGER NOT NULL,
    "country" TEXT NOT NULL,
    "countryIso" TEXT NOT NULL,
    "unitKind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "strength" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contingent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" SERIAL NOT NULL,
    "contingentId" INTEGER NOT NULL,
    "siteId" INTEGER NOT NULL,
    "startDate" TEXT,
    "endDate" TEXT,
    "strength" INTEGER,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Release" (
    "id" SERIAL NOT NULL,
    "missionId" INTEGER NOT NULL,
    "date" TEXT NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" SERIAL NOT NULL,
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
    "confidence" DOUBLE PRECISION NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "milestoneId" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "reviewedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "missionId" INTEGER,
    "before" TEXT,
    "after" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Phase" ADD CONSTRAINT "Phase_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Site" ADD CONSTRAINT "Site_phaseId_fkey" FOREIGN KEY ("phaseId") REFERENCES "Phase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SiteAlias" ADD CONSTRAINT "SiteAlias_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contingent" ADD CONSTRAINT "Contingent_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_contingentId_fkey" FOREIGN KEY ("contingentId") REFERENCES "Contingent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_contingentId_fkey" FOREIGN KEY ("contingentId") REFERENCES "Contingent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Release" ADD CONSTRAINT "Release_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "Site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_contingentId_fkey" FOREIGN KEY ("contingentId") REFERENCES "Contingent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

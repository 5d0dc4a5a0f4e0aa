import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RequireRole } from '@/app/_components/editing/require-role';
import { ReviewStatsTable } from './review-stats-table';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('extractionPage.title') };
}

export default async function ExtractionPage() {
  const t = await getTranslations('account.extractionPage');
  return (
    <RequireRole role="admin" path="/admin/extraction">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <ReviewStatsTable />
      </div>
    </RequireRole>
  );
}

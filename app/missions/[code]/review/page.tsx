import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RequireRole } from '@/app/_components/editing/require-role';
import { pageScope, type MissionParams, type SearchParams } from '@/app/_data/search-params';
import { ImportPanel } from './_components/import-panel';
import { ReviewQueue } from './_components/review-queue';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('editing'))('review.title') };
}

export default async function ReviewPage({ params, searchParams }: { params: MissionParams; searchParams: SearchParams }) {
  const { mission } = await pageScope(params, searchParams);
  const t = await getTranslations('editing');
  return (
    <RequireRole role="editor" path={`/missions/${mission}/review`}>
      <div className="space-y-8">
        <h1 className="text-2xl font-bold">{t('review.title')}</h1>
        <ImportPanel />
        <ReviewQueue />
      </div>
    </RequireRole>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RequireRole } from '@/app/_components/editing/require-role';
import { ActivityFeed } from './activity-feed';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('activityPage.title') };
}

export default async function ActivityPage() {
  const t = await getTranslations('account.activityPage');
  return (
    <RequireRole role="admin" path="/admin/activity">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        <ActivityFeed />
      </div>
    </RequireRole>
  );
}

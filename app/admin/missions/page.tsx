import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RequireRole } from '@/app/_components/editing/require-role';
import { MissionEditor } from './mission-editor';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('records'))('mission.title') };
}

export default async function MissionsPage() {
  const t = await getTranslations('records.mission');
  return (
    <RequireRole role="admin" path="/admin/missions">
      <div className="space-y-6">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="text-slate-700">{t('intro')}</p>
        </div>
        <MissionEditor />
      </div>
    </RequireRole>
  );
}

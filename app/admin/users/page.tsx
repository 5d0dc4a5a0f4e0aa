import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RequireRole } from '@/app/_components/editing/require-role';
import { UsersTable } from './users-table';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('usersPage.title') };
}

export default async function UsersPage() {
  const t = await getTranslations('account.usersPage');
  return (
    <RequireRole role="admin" path="/admin/users">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        <UsersTable />
        <p className="text-sm text-slate-700">{t('create')}</p>
      </div>
    </RequireRole>
  );
}

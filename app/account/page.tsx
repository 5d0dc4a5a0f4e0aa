import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RequireRole } from '@/app/_components/editing/require-role';
import { TokensPanel } from './tokens-panel';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('account') };
}

export default async function AccountPage() {
  const t = await getTranslations('account');
  return (
    <RequireRole role="editor" path="/account">
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t('account')}</h1>
        <TokensPanel />
      </div>
    </RequireRole>
  );
}

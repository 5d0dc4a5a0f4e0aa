import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getViewer } from '@/app/_data/viewer';
import { param, type SearchParams } from '@/app/_data/search-params';
import { safeReturnPath } from '@/lib/security/redirect';
import { SignInForm } from './sign-in-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('signIn') };
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  // Only paths of this app: a sign-in link must not send anyone elsewhere afterwards.
  const next = safeReturnPath(param(await searchParams, 'next'));
  if (await getViewer()) redirect(next);
  const t = await getTranslations('account');
  return (
    <section aria-labelledby="sign-in-heading" className="mx-auto max-w-sm space-y-4">
      <h1 id="sign-in-heading" className="text-2xl font-bold">
        {t('signInTitle')}
      </h1>
      <p className="text-slate-700">{t('signInIntro')}</p>
      <SignInForm next={next} />
      <p className="text-sm text-slate-700">{t('noAccount')}</p>
    </section>
  );
}

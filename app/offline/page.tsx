import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { KeptPages } from './kept-pages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('common.offline'))('pageTitle') };
}

/**
 * Where the service worker (public/sw.js) sends a page never opened on this device when there
 * is no connection (`/offline?from=/sites/gao`), instead of the browser's error (decision 0017).
 * It is kept on the device in each language it was seen in.
 */
export default async function OfflinePage() {
  const t = await getTranslations('common.offline');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('pageTitle')}</h1>
      <KeptPages />
    </div>
  );
}

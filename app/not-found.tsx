import Link from '@/app/_components/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('common.notFound');
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>
        {t('body')}{' '}
        <Link href="/" className="underline">
          {t('home')}
        </Link>
      </p>
    </div>
  );
}

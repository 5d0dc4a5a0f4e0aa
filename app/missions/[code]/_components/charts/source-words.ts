'use client';

import { useTranslations } from 'next-intl';
import type { SourceWords } from './format';

export function useSourceWords(): SourceWords {
  const t = useTranslations('charts.sources');
  return {
    release: (date) => t('release', { date }),
    url: (publisher) => t('url', { publisher }),
    urlNoPublisher: t('urlNoPublisher'),
    none: t('noSource'),
  };
}

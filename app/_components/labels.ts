import { useTranslations } from 'next-intl';

/**
 * Labels for open vocabularies (site kinds, unit kinds): known values are translated, and a
 * value an editor typed that the interface does not know is shown as typed.
 */
export function useKindLabels(): { siteKind: (kind: string) => string; unitKind: (kind: string) => string } {
  const t = useTranslations('common');
  return {
    siteKind: (kind) => (t.has(`siteKind.${kind}` as 'siteKind.camp') ? t(`siteKind.${kind}` as 'siteKind.camp') : kind),
    unitKind: (kind) => (t.has(`unitKind.${kind}` as 'unitKind.aviation') ? t(`unitKind.${kind}` as 'unitKind.aviation') : kind),
  };
}

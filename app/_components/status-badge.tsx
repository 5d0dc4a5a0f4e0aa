import { useTranslations } from 'next-intl';
import type { SiteStatus } from '@/lib/domain/vocabulary';

const STYLE: Record<SiteStatus, string> = {
  active: 'border-status-active text-status-active',
  withdrawing: 'border-status-withdrawing text-status-withdrawing',
  closed: 'border-status-closed text-status-closed',
  handed_over: 'border-status-handed-over text-status-handed-over',
};

/** A shape per status, so that status never rests on colour alone (the word is there too). */
export const STATUS_GLYPH: Record<SiteStatus, string> = {
  active: '●',
  withdrawing: '◐',
  closed: '■',
  handed_over: '✓',
};

export function StatusBadge({ status }: { status: SiteStatus }) {
  const t = useTranslations('common.status');
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`}>
      <span aria-hidden="true">{STATUS_GLYPH[status]}</span>
      {t(status)}
    </span>
  );
}

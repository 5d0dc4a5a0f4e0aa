/**
 * The map's status shapes, drawn as SVG so that they keep their form at any size: the same
 * shapes as the glyphs of the status badge (● ◐ ■ ✓), so a status reads the same on the map,
 * in its legend and in the table, and never by colour alone. The white edge keeps each shape
 * apart from the map and from a neighbouring marker.
 */
import type { SiteStatus } from '@/lib/domain/vocabulary';

// Whole class names, so that Tailwind finds them in the source.
const FILL: Record<SiteStatus, string> = {
  active: 'fill-status-active',
  withdrawing: 'fill-status-withdrawing',
  closed: 'fill-status-closed',
  handed_over: 'fill-status-handed-over',
};
const STROKE: Record<SiteStatus, string> = {
  active: 'stroke-status-active',
  withdrawing: 'stroke-status-withdrawing',
  closed: 'stroke-status-closed',
  handed_over: 'stroke-status-handed-over',
};

export function StatusShape({ status, size = 16 }: { status: SiteStatus; size?: number }) {
  return (
    <svg viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false" className="shrink-0 overflow-visible">
      {status === 'active' && <circle cx="8" cy="8" r="6" className={`${FILL.active} stroke-white`} strokeWidth="1.5" />}
      {status === 'withdrawing' && (
        <>
          <circle cx="8" cy="8" r="6.5" className="fill-white stroke-white" strokeWidth="1.5" />
          <path d="M8 2A6 6 0 0 0 8 14Z" className={FILL.withdrawing} />
          <circle cx="8" cy="8" r="5.25" className={`fill-none ${STROKE.withdrawing}`} strokeWidth="1.5" />
        </>
      )}
      {status === 'closed' && <rect x="2.5" y="2.5" width="11" height="11" className={`${FILL.closed} stroke-white`} strokeWidth="1.5" />}
      {status === 'handed_over' && (
        <>
          <path d="M2.5 8.5 6.5 12.5 13.5 3.5" className="fill-none stroke-white" strokeWidth="5" strokeLinecap="round" strokeLinejoin="round" />
          <path d="M2.5 8.5 6.5 12.5 13.5 3.5" className={`fill-none ${STROKE.handed_over}`} strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
    </svg>
  );
}

'use client';
/**
 * The sites on a map of the host country. The geometry arrives finished from the server
 * (lib/geo), so this bundle carries no map library; the statuses come from the same React
 * Query entry as the sites table, so moving the "as of" day recolours the markers in place,
 * without a reload.
 *
 * Markers are real HTML buttons laid over the SVG rather than SVG shapes: buttons are
 * focusable, answer Enter and Space, and are announced the same way by every screen reader,
 * which interactive SVG elements are not. The popup is a non-modal dialog: it does not trap
 * the page, Escape closes it and puts focus back on its marker.
 */
import Link from '@/app/_components/link';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { queries } from '@/app/_data/queries';
import { useAsOf } from '@/app/_components/use-as-of';
import { StatusBadge } from '@/app/_components/status-badge';
import { LoadingNote, QueryError } from '@/app/_components/query-state';
import { formatDay } from '@/lib/format/dates';
import { SITE_STATUSES, type SiteStatus } from '@/lib/domain/vocabulary';
import type { SiteView } from '@/lib/domain/views';
import type { HostCountryMap } from '@/lib/geo/host-country-map';
import { placeLabels, spreadMarkers } from '@/lib/geo/marker-layout';
import { StatusShape } from './site-map-glyph';
import { useMission, useMissionHref } from '@/app/_components/use-mission';

/** What the server computed: the drawing and where each site falls on it. */
export type SiteMapGeometry = HostCountryMap;

interface Marker {
  site: SiteView;
  /** The site's true place, in map units. */
  x0: number;
  y0: number;
  /** Where its marker is drawn, moved off its neighbours when they would overlap. */
  x: number;
  y: number;
}

/** Names are written at this size on screen, whatever the size of the map. */
const LABEL_PX = 12;
/**
 * Marker buttons are 24 px squares (size-6), the smallest target WCAG 2.2 accepts without
 * spacing; their centres are kept this far apart on screen so that none covers another.
 */
const SPACING_PX = 25;
/** The drawn marker, in pixels. */
const GLYPH_PX = 18;

export function SiteMap({ geometry, country }: { geometry: SiteMapGeometry; country: string }) {
  const t = useTranslations('map');
  const tStatus = useTranslations('common.status');
  const locale = useLocale();
  const mission = useMission();
  const { asOf } = useAsOf();
  // The previous day's markers stay up while another day loads, rather than blinking out.
  const query = useQuery({ ...queries.sites(mission, asOf), placeholderData: keepPreviousData });

  const wrapperRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<HTMLDivElement>(null);
  const { width, fontFamily } = useContainerWidth(mapRef);
  // Map units per screen pixel; unknown until the map is on screen.
  const unit = width ? geometry.width / width : null;

  const markers = useMemo<Marker[]>(() => {
    const byId = new Map((query.data?.data ?? []).map((s) => [s.id, s]));
    const shown = geometry.points.filter((p) => byId.has(p.id));
    const placed = unit
      ? spreadMarkers(shown, SPACING_PX * unit, geometry.width, geometry.height)
      : shown.map((p) => ({ id: p.id, x0: p.x, y0: p.y, x: p.x, y: p.y }));
    return placed.map((p) => ({ ...p, site: byId.get(p.id)! }));
  }, [geometry, query.data, unit]);

  const labels = useMemo(() => {
    if (!unit || fontFamily === null) return [];
    const names = new Map(markers.map((m) => [m.site.id, m.site.name]));
    const measure = textMeasurer(fontFamily);
    const placed = placeLabels(
      markers.map((m) => ({ id: m.site.id, x: m.x, y: m.y, width: (measure(m.site.name) + 2) * unit })),
      (GLYPH_PX / 2) * unit,
      LABEL_PX * unit,
      geometry.width,
      geometry.height,
    );
    return placed.map((l) => ({ ...l, text: names.get(l.id) ?? '' }));
  }, [markers, unit, fontFamily, geometry.width, geometry.height]);

  const [openId, setOpenId] = useState<number | null>(null);
  const markerRefs = useRef(new Map<number, HTMLButtonElement>());
  const popupRef = useRef<HTMLDivElement>(null);
  const popupId = useId();
  const open = markers.find((m) => m.site.id === openId) ?? null;

  const close = useCallback(
    (returnFocus: boolean) => {
      if (returnFocus && openId !== null) markerRefs.current.get(openId)?.focus();
      setOpenId(null);
    },
    [openId],
  );

  // Focus moves into the popup when it opens or changes site, so it is read out at once.
  useEffect(() => {
    if (openId !== null) popupRef.current?.focus();
  }, [openId]);

  // A click elsewhere on the page closes the popup, as any popover does.
  useEffect(() => {
    if (openId === null) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (popupRef.current?.contains(target)) return;
      for (const button of markerRefs.current.values()) if (button.contains(target)) return;
      close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [openId, close]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && openId !== null) {
      event.preventDefault();
      close(true);
    }
  };

  // Leaving the map by keyboard closes the popup, so it does not cover what comes next.
  const onBlur = (event: React.FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (openId !== null && next && !wrapperRef.current?.contains(next)) close(false);
  };

  const counts = useMemo(() => {
    const c: Record<SiteStatus, number> = { active: 0, withdrawing: 0, closed: 0, handed_over: 0 };
    for (const m of markers) c[m.site.status] += 1;
    return c;
  }, [markers]);

  const label = (site: SiteView) =>
    site.statusSince
      ? t('marker', { name: site.name, status: tStatus(site.status), since: formatDay(site.statusSince, locale) })
      : t('markerNoDate', { name: site.name, status: tStatus(site.status) });

  return (
    // In a one-column layout a full-width map would be taller than the screen.
    <div className="mt-2 max-w-xl">
      <p className="text-sm text-slate-700">{t('intro', { country, day: formatDay(asOf, locale) })}</p>
      <div ref={wrapperRef} className="relative mt-2" onKeyDown={onKeyDown} onBlur={onBlur}>
        <div ref={mapRef} className="relative overflow-hidden rounded border border-slate-300 bg-sky-50">
          <svg viewBox={geometry.viewBox} className="block h-auto w-full" aria-hidden="true" focusable="false">
            <g className="fill-slate-200 stroke-slate-400" strokeWidth={0.75} strokeLinejoin="round">
              {geometry.neighbours.map((d, i) => (
                <path key={i} d={d} />
              ))}
            </g>
            <path d={geometry.country} className="fill-white stroke-slate-700" strokeWidth={1.5} strokeLinejoin="round" />
            {unit !== null && (
              <>
                {/* A marker moved off its neighbours keeps a line to its true place. */}
                <g className="fill-slate-800 stroke-slate-800" strokeWidth={unit}>
                  {markers
                    .filter((m) => Math.hypot(m.x - m.x0, m.y - m.y0) > unit)
                    .map((m) => (
                      <g key={m.site.id}>
                        <line x1={m.x0} y1={m.y0} x2={m.x} y2={m.y} />
                        <circle cx={m.x0} cy={m.y0} r={2 * unit} />
                      </g>
                    ))}
                </g>
                <g
                  className="fill-slate-800 stroke-white"
                  fontSize={LABEL_PX * unit}
                  strokeWidth={3 * unit}
                  paintOrder="stroke"
                  strokeLinejoin="round"
                >
                  {labels.map((l) => (
                    <text key={l.id} x={l.x} y={l.y} textAnchor={l.anchor} dominantBaseline="central">
                      {l.text}
                    </text>
                  ))}
                </g>
              </>
            )}
          </svg>
          {markers.length > 0 && (
            <ul aria-label={t('markers')} className="absolute inset-0 m-0 list-none p-0">
              {markers.map((m) => {
                const isOpen = m.site.id === openId;
                return (
                  <li
                    key={m.site.id}
                    className={`absolute -translate-x-1/2 -translate-y-1/2 ${isOpen ? 'z-10' : ''}`}
                    style={{ left: pct(m.x, geometry.width), top: pct(m.y, geometry.height) }}
                  >
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) markerRefs.current.set(m.site.id, el);
                        else markerRefs.current.delete(m.site.id);
                      }}
                      aria-label={label(m.site)}
                      aria-haspopup="dialog"
                      aria-expanded={isOpen}
                      aria-controls={isOpen ? popupId : undefined}
                      onClick={() => setOpenId(isOpen ? null : m.site.id)}
                      className={`relative flex size-6 cursor-pointer items-center justify-center rounded-full hover:z-10 focus-visible:z-10 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-slate-900 ${
                        isOpen ? 'bg-slate-900/15 ring-2 ring-slate-900' : ''
                      }`}
                    >
                      <StatusShape status={m.site.status} size={GLYPH_PX} />
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        {open && (
          <SitePopup
            ref={popupRef}
            id={popupId}
            site={open.site}
            x={open.x / geometry.width}
            y={open.y / geometry.height}
            onClose={() => close(true)}
          />
        )}
      </div>

      {query.isPending && <LoadingNote />}
      {query.error && <QueryError error={query.error} retry={() => void query.refetch()} />}
      {/* Always present, so that screen readers announce the change when it comes. */}
      <p role="status" className="mt-1 text-sm text-slate-600 empty:hidden">
        {query.isPlaceholderData ? t('updating') : ''}
      </p>

      <h3 className="mt-3 text-sm font-semibold">{t('legend')}</h3>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {SITE_STATUSES.map((status) => (
          <li key={status} className="flex items-center gap-1.5">
            <StatusShape status={status} size={16} />
            <span>
              {tStatus(status)}: {t('legendCount', { count: counts[status] })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SitePopup({
  ref,
  id,
  site,
  x,
  y,
  onClose,
}: {
  ref: React.Ref<HTMLDivElement>;
  id: string;
  site: SiteView;
  x: number;
  y: number;
  onClose: () => void;
}) {
  const t = useTranslations('map');
  const tType = useTranslations('common.milestoneType');
  const locale = useLocale();
  const withAsOf = useMissionHref();
  const titleId = `${id}-title`;
  const last = site.lastMilestone;
  // On a phone the popup sits under the map at full width. Wider, it floats by its marker:
  // its left edge moves from the marker (marker at the left) to its right edge (marker at the
  // right) so it never leaves the map sideways, and it opens away from the nearer edge.
  const below = y < 0.55;
  const style = { '--mx': `${(x * 100).toFixed(2)}%`, '--my': `${(y * 100).toFixed(2)}%` } as CSSProperties;
  return (
    <div
      ref={ref}
      id={id}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={style}
      className={`z-20 mt-2 w-full rounded border border-slate-300 bg-white p-3 text-sm shadow-lg outline-none focus-visible:ring-2 focus-visible:ring-slate-900 sm:absolute sm:mt-0 sm:w-72 sm:max-w-full sm:left-(--mx) sm:-translate-x-(--mx) ${
        below ? 'sm:top-[calc(var(--my)+16px)]' : 'sm:bottom-[calc(100%-var(--my)+16px)]'
      }`}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 id={titleId} className="text-base font-semibold">
          <Link href={withAsOf(`/sites/${site.slug}`)} className="underline underline-offset-2 hover:no-underline">
            {site.name}
          </Link>
        </h3>
        <button
          type="button"
          onClick={onClose}
          aria-label={t('close')}
          className="-mr-1 -mt-1 flex size-8 shrink-0 items-center justify-center rounded text-lg leading-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-slate-900"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-2">
        <StatusBadge status={site.status} />
        {site.statusSince && <span>{t('since', { date: formatDay(site.statusSince, locale) })}</span>}
      </p>
      <p className="mt-2 font-semibold">{t('lastMilestone')}</p>
      {last ? (
        <div>
          <p className="text-slate-700">
            {tType(last.type)} · {formatDay(last.date, locale)}
          </p>
          <p>{last.title}</p>
          {last.releaseId !== null && (
            <Link href={withAsOf(`/releases/${last.releaseId}`)} className="underline underline-offset-2 hover:no-underline">
              {t('release')}
            </Link>
          )}
        </div>
      ) : (
        <p className="text-slate-700">{t('noMilestone')}</p>
      )}
    </div>
  );
}

function pct(value: number, of: number): string {
  return `${((value / of) * 100).toFixed(3)}%`;
}

/** The width in pixels of a name written at the labels' size in the element's font. */
function textMeasurer(fontFamily: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * LABEL_PX * 0.65;
  context.font = `${LABEL_PX}px ${fontFamily}`;
  return (text) => context.measureText(text).width;
}

/**
 * An element's content width in pixels and its font once mounted (null before), kept up to
 * date as it resizes: read in the observer's callback, never during render.
 */
function useContainerWidth(ref: React.RefObject<HTMLElement | null>): { width: number | null; fontFamily: string | null } {
  const [box, setBox] = useState<{ width: number | null; fontFamily: string | null }>({ width: null, fontFamily: null });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setBox({ width: Math.round(entry.contentRect.width), fontFamily: getComputedStyle(element).fontFamily });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return box;
}

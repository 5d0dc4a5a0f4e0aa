/**
 * The client's view of the read API: one query per resource, keyed by what it depends on.
 * Pages prefetch the same keys on the server (app/_data/prefetch.ts) from the same bodies
 * the API builds (lib/data/read-api.ts), so the first view is hydrated and not refetched;
 * moving the "as of" day fetches only days not yet in the cache.
 */
import { queryOptions } from '@tanstack/react-query';
import type { CalendarDate } from '@/lib/domain/calendar-date';
import type { AsOfListBody, ListBody } from '@/lib/data/read-api';
import type { ContingentView, ProgressView, SiteView } from '@/lib/domain/views';
import type { SiteDetail } from '@/lib/data/sites';
import type { ContingentRecord } from '@/lib/data/contingent-writes';
import type { MilestoneView } from '@/lib/data/milestones';
import type { ReleaseView } from '@/lib/data/releases';
import type { MissionDetail } from '@/lib/data/missions';
import type { ProposalView } from '@/lib/data/proposals';
import type { TokenView } from '@/lib/auth/tokens';
import type { UserView } from '@/lib/auth/users';
import type { AuditEventView } from '@/lib/data/audit-history';
import type { ReviewStats } from '@/lib/data/proposal-review';
import type { PortfolioBody } from '@/lib/domain/portfolio';

/** An API error as the API words it (`{ error: { code, message, fields?, current? } }`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string[]> = {},
    /** On a 409, the record as it is stored now. */
    readonly current: unknown = undefined,
  ) {
    super(message);
  }
}

type ErrorBody = { error?: { code?: string; message?: string; fields?: Record<string, string[]>; current?: unknown } } | null;

async function apiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as ErrorBody;
  return new ApiError(
    response.status,
    body?.error?.code ?? 'http_error',
    body?.error?.message ?? response.statusText,
    body?.error?.fields ?? {},
    body?.error?.current,
  );
}

/** An error in words for a person: the API's message and any field messages. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return [error.message, ...Object.values(error.fields).flat()].join(' ');
  return error instanceof Error ? error.message : String(error);
}

/** A write to the API with the session cookie; the server checks the role itself. */
export async function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw await apiError(response);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

type Params = Record<string, string | number | undefined>;

function path(base: string, params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(key, String(value));
  const qs = search.toString();
  return qs ? `${base}?${qs}` : base;
}

export async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw await apiError(response);
  return (await response.json()) as T;
}

/** How many of the latest milestones the overview lists. */
export const LATEST_MILESTONES = 6;

export const queries = {
  mission: (code: string) =>
    queryOptions({
      queryKey: ['mission', code] as const,
      queryFn: ({ signal }) => getJson<MissionDetail>(`/api/v1/missions/${encodeURIComponent(code)}`, signal),
    }),
  /** Every mission on one day (the /missions page). */
  portfolio: (asOf: CalendarDate) =>
    queryOptions({
      queryKey: ['portfolio', asOf] as const,
      queryFn: ({ signal }) => getJson<PortfolioBody>(path('/api/v1/portfolio', { asOf }), signal),
    }),
  progress: (mission: string, asOf: CalendarDate) =>
    queryOptions({
      queryKey: ['progress', mission, asOf] as const,
      queryFn: ({ signal }) => getJson<ProgressView>(path('/api/v1/progress', { mission, asOf }), signal),
    }),
  sites: (mission: string, asOf: CalendarDate) =>
    queryOptions({
      queryKey: ['sites', mission, asOf] as const,
      queryFn: ({ signal }) => getJson<AsOfListBody<SiteView>>(path('/api/v1/sites', { mission, asOf }), signal),
    }),
  site: (id: number, asOf: CalendarDate) =>
    queryOptions({
      queryKey: ['site', id, asOf] as const,
      queryFn: ({ signal }) => getJson<SiteDetail>(path(`/api/v1/sites/${id}`, { asOf }), signal),
    }),
  contingents: (mission: string, asOf: CalendarDate) =>
    queryOptions({
      queryKey: ['contingents', mission, asOf] as const,
      queryFn: ({ signal }) => getJson<AsOfListBody<ContingentView>>(path('/api/v1/contingents', { mission, asOf }), signal),
    }),
  /** The milestones dated on or before the day, newest first. */
  latestMilestones: (mission: string, asOf: CalendarDate) =>
    queryOptions({
      queryKey: ['milestones', mission, 'latest', asOf] as const,
      queryFn: ({ signal }) =>
        getJson<ListBody<MilestoneView>>(path('/api/v1/milestones', { mission, to: asOf, limit: LATEST_MILESTONES }), signal),
    }),
  /** The signed-in person's API tokens (never their secrets). */
  tokens: () =>
    queryOptions({
      queryKey: ['tokens'] as const,
      queryFn: ({ signal }) => getJson<ListBody<TokenView>>('/api/v1/tokens', signal),
    }),
  /** Every account with its role (admins only). */
  users: () =>
    queryOptions({
      queryKey: ['users'] as const,
      queryFn: ({ signal }) => getJson<ListBody<UserView>>('/api/v1/users', signal),
    }),
  /** Editors' review decisions per type: accepted as proposed ÷ reviewed (admins only). */
  reviewStats: (mission: string) =>
    queryOptions({
      queryKey: ['review-stats', mission] as const,
      queryFn: ({ signal }) => getJson<ReviewStats>(path('/api/v1/proposals/review-stats', { mission }), signal),
    }),
  /** A record's history, newest first (editors and admins). */
  history: (entity: string, id: string) =>
    queryOptions({
      queryKey: ['history', entity, id] as const,
      queryFn: ({ signal }) => getJson<ListBody<AuditEventView>>(path('/api/v1/audit', { entity, id, limit: 100 }), signal),
    }),
  /** Proposals waiting for an editor, oldest release first as the API lists them. */
  pendingProposals: (mission: string) =>
    queryOptions({
      queryKey: ['proposals', mission, 'pending'] as const,
      queryFn: ({ signal }) => getJson<ListBody<ProposalView>>(path('/api/v1/proposals', { mission, status: 'pending', limit: 200 }), signal),
    }),
  /** A contingent as stored, with the version an edit names (the list view carries none). */
  contingentRecord: (id: number) =>
    queryOptions({
      queryKey: ['contingent-record', id] as const,
      queryFn: ({ signal }) => getJson<ContingentRecord>(`/api/v1/contingents/${id}`, signal),
      staleTime: 0,
    }),
  /** A contingent's milestones, newest first (every date: the page marks those after the day). */
  contingentMilestones: (mission: string, contingent: number) =>
    queryOptions({
      queryKey: ['milestones', mission, 'contingent', contingent] as const,
      queryFn: ({ signal }) => getJson<ListBody<MilestoneView>>(path('/api/v1/milestones', { mission, contingent, limit: 100 }), signal),
    }),
  /** Releases published on or before the day, newest first, optionally searched. */
  releases: (mission: string, asOf: CalendarDate, q: string) =>
    queryOptions({
      queryKey: ['releases', mission, asOf, q] as const,
      queryFn: ({ signal }) => getJson<ListBody<ReleaseView>>(path('/api/v1/releases', { mission, to: asOf, q, limit: 100 }), signal),
    }),
};

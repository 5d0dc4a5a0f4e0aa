'use client';

import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { AuditEventView } from '@/lib/data/audit-history';
import { queries } from '@/app/_data/queries';
import { useCanEdit } from '../providers';
import { QueryError, Skeleton } from '../query-state';
import { changedFields } from '@/lib/format/changes';

function who(event: AuditEventView, system: string): string {
  if (event.actor.user) return event.actor.tokenName ? `${event.actor.user.name || event.actor.user.email} (${event.actor.tokenName})` : event.actor.user.name || event.actor.user.email;
  return event.actor.kind === 'system' ? `${system} (${event.actor.id})` : event.actor.id;
}

/** "History" for one record: loaded when opened, for editors and admins. */
export function HistoryPanel({ entity, id, what }: { entity: string; id: string | number; what: string }) {
  const t = useTranslations('editing.history');
  const canEdit = useCanEdit();
  const [open, setOpen] = useState(false);
  const query = useQuery({ ...queries.history(entity, String(id)), enabled: open && canEdit });
  if (!canEdit) return null;
  return (
    <details className="text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="inline-flex min-h-10 cursor-pointer items-center underline">{t('show')}</summary>
      <div className="mt-1 space-y-2">
        <h4 className="font-semibold">{t('title', { what })}</h4>
        {query.error ? (
          <QueryError error={query.error} retry={() => void query.refetch()} />
        ) : !query.data ? (
          <Skeleton className="h-16" />
        ) : query.data.data.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <ol className="space-y-2">
            {query.data.data.map((event) => (
              <li key={event.id} className="rounded border border-slate-200 p-2">
                <p>
                  <time dateTime={event.at}>{event.at.replace('T', ' ').slice(0, 16)} UTC</time> · {who(event, t('system'))} · <span className="font-semibold">{event.action}</span>
                </p>
                <ul className="ml-4 list-disc">
                  {changedFields(event.before, event.after).map((c) => (
                    <li key={c.field}>
                      <span className="font-mono">{c.field}</span>: {c.before} → {c.after}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}

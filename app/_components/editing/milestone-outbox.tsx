'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { formatDay, formatInstant } from '@/lib/format/dates';
import { listQueued, OUTBOX_EVENT, putQueued, removeQueued, useSaveMilestone, type QueuedMilestone } from '@/app/_data/milestone-outbox';
import { useAppScope, useCanEdit } from '../providers';
import { useOnline } from '../offline';
import { ConflictPanel } from './conflict-panel';
import { MilestoneForm } from './milestone-form';

/**
 * The milestones this editor saved without a connection (decision 0017): each "waiting to
 * send" until the link returns, then sent on its own (on the `online` event and on load). A
 * stale version opens the conflict screen, as in the form; a refusal says why. Nothing leaves
 * the device until it is sent or the editor discards it.
 */
export function MilestoneOutbox() {
  const canEdit = useCanEdit();
  const { viewer } = useAppScope();
  if (!canEdit || !viewer) return null;
  return <Outbox user={viewer.email} />;
}

function Outbox({ user }: { user: string }) {
  const t = useTranslations('editing.outbox');
  const online = useOnline();
  const save = useSaveMilestone(user);
  const [entries, setEntries] = useState<QueuedMilestone[]>([]);
  const [sent, setSent] = useState('');
  const sending = useRef(false);

  const reload = useCallback(async () => {
    setEntries(await listQueued(user).catch(() => []));
  }, [user]);

  /** Sends every waiting entry, one at a time, in the order they were saved. */
  const flush = useCallback(async () => {
    if (sending.current || !navigator.onLine) return;
    sending.current = true;
    try {
      for (const entry of await listQueued(user)) {
        if (entry.state !== 'waiting') continue;
        try {
          const result = await save.mutateAsync({ write: entry.write, queued: entry });
          if (result.outcome === 'queued') break; // the link is down again
          setSent(t('sent', { title: entry.write.values.title }));
        } catch {
          // Kept with its conflict or its refusal: shown below.
        }
      }
    } finally {
      sending.current = false;
      await reload();
    }
  }, [user, save, reload, t]);

  // The outbox lives in IndexedDB (an outside system); its entries are read once the effect runs.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload().then(flush);
    const changed = () => void reload();
    window.addEventListener(OUTBOX_EVENT, changed);
    window.addEventListener('online', flush);
    return () => {
      window.removeEventListener(OUTBOX_EVENT, changed);
      window.removeEventListener('online', flush);
    };
    // Listening once per person is enough: `flush` reads the outbox afresh each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user]);

  if (entries.length === 0 && !sent) return null;
  return (
    <section aria-labelledby="outbox-heading" className="mx-auto max-w-6xl space-y-2 px-4 pt-4 print:hidden">
      <p role="status" className="text-sm text-green-900">
        {sent}
      </p>
      {entries.length > 0 && (
        <>
          <h2 id="outbox-heading" className="font-semibold">
            {t('title')}
          </h2>
          <ul className="space-y-3">
            {entries.map((entry) => (
              <li key={entry.id}>
                <QueuedItem entry={entry} online={online} onSend={flush} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function QueuedItem({ entry, online, onSend }: { entry: QueuedMilestone; online: boolean; onSend: () => void }) {
  const t = useTranslations('editing.outbox');
  const te = useTranslations('editing');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const { values } = entry.write;
  const kept = formatInstant(entry.queuedAt, locale);
  const discard = async () => {
    if (window.confirm(t('confirmDiscard', { title: values.title }))) await removeQueued(entry.id);
  };

  if (entry.state === 'conflict' && entry.theirs && entry.write.kind === 'edit') {
    const { theirs } = entry;
    const write = entry.write;
    if (editing) {
      return (
        <MilestoneForm
          mode={{ kind: 'edit', milestone: theirs }}
          onDone={(done) => {
            setEditing(false);
            // Saved (or kept again, waiting): this entry is replaced by what was saved.
            if (done) void removeQueued(entry.id);
          }}
        />
      );
    }
    return (
      <ConflictPanel
        theirs={theirs}
        mine={values}
        onKeepTheirs={async () => {
          await removeQueued(entry.id);
          await queryClient.invalidateQueries();
        }}
        onSaveMine={async () => {
          // Their version, my changed fields: back in the outbox, sent at once when online.
          await putQueued({ ...entry, write: { ...write, version: theirs.version }, state: 'waiting', theirs: undefined });
          onSend();
        }}
        onEditAgain={() => setEditing(true)}
      />
    );
  }

  return (
    <div className="space-y-1 rounded border border-amber-400 bg-amber-50 p-3 text-sm">
      <p>
        <span className="font-medium">{values.title}</span> · {formatDay(values.date, locale)}
      </p>
      <p>{entry.state === 'failed' ? t('failed', { message: entry.problem ?? '' }) : t('waiting')}</p>
      <p className="text-slate-700">{t('kept', kept)}</p>
      <div className="flex flex-wrap gap-2">
        {entry.state === 'waiting' && online && (
          <button type="button" onClick={onSend} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white">
            {t('sendNow')}
          </button>
        )}
        <button type="button" onClick={discard} aria-label={t('discard', { title: values.title })} className="min-h-10 rounded border border-red-700 px-2 text-sm text-red-800">
          {te('delete')}
        </button>
      </div>
    </div>
  );
}

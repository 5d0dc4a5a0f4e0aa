'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { MilestoneView } from '@/lib/data/milestones';
import type { z } from 'zod';
import type { milestoneCreateBody } from '@/lib/api/bodies';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/app/_data/queries';
import { useDeleteMilestone, useSaveMilestone } from '@/app/_data/mutations';
import { useAppScope, useCanEdit } from '../providers';
import { NeedsConnection, useOnline } from '../offline';
import { MilestoneForm, valuesOf, type MilestoneFormMode } from './milestone-form';
import { HistoryPanel } from './history-panel';
import { FormProblem, FormStatus } from '../form/fields';

/** "Add a milestone": a button that opens the form, for editors only. */
export function AddMilestone({ siteId }: { siteId?: number | null }) {
  const t = useTranslations('editing');
  const canEdit = useCanEdit();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  if (!canEdit) return null;
  return (
    <div className="space-y-2">
      <FormStatus message={message} />
      {open ? (
        <MilestoneForm
          mode={{ kind: 'create', siteId } satisfies MilestoneFormMode}
          onDone={(done) => {
            setMessage(done);
            setOpen(false);
          }}
        />
      ) : (
        <button type="button" onClick={() => setOpen(true)} className="min-h-10 rounded bg-slate-800 px-3 text-sm font-medium text-white">
          {t('addMilestone')}
        </button>
      )}
    </div>
  );
}

/** Edit, mark cancelled or delete one milestone, each at the version shown. */
export function MilestoneActions({ milestone }: { milestone: MilestoneView }) {
  const t = useTranslations('editing');
  const canEdit = useCanEdit();
  const queryClient = useQueryClient();
  const { viewer } = useAppScope();
  const online = useOnline();
  const saveMilestone = useSaveMilestone(viewer?.email ?? '');
  const deleteMilestone = useDeleteMilestone();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  if (!canEdit) return null;

  const act = async (run: () => Promise<string>) => {
    setProblem('');
    try {
      setMessage(await run());
    } catch (error) {
      setProblem(error instanceof ApiError && error.status === 409 ? t('conflict.title') : t('failed', { message: error instanceof Error ? error.message : '' }));
      // Refused: what is shown is stale.
      await queryClient.invalidateQueries();
    }
  };

  return (
    <div className="mt-1 space-y-2">
      {!editing && (
        <div className="flex flex-wrap gap-2 print:hidden">
          <button type="button" onClick={() => setEditing(true)} aria-label={t('editNamed', { title: milestone.title })} className="min-h-10 rounded border border-slate-500 px-2 text-sm">
            {t('edit')}
          </button>
          {milestone.status !== 'cancelled' && (
            <button
              type="button"
              aria-label={t('cancelNamed', { title: milestone.title })}
              onClick={() =>
                act(async () => {
                  // A change like any other: kept on the device and sent later when there is no link (decision 0017).
                  // Only the status is sent; the rest is what the outbox shows while it waits.
                  const values = { ...valuesOf(milestone), status: 'cancelled' } as z.output<typeof milestoneCreateBody>;
                  const result = await saveMilestone.mutateAsync({ write: { kind: 'edit', milestoneId: milestone.id, version: milestone.version, values, changed: ['status'] } });
                  return result.outcome === 'queued' ? t('outbox.queued') : t('saved');
                })
              }
              className="min-h-10 rounded border border-slate-500 px-2 text-sm"
            >
              {t('cancelMilestone')}
            </button>
          )}
          <button
            type="button"
            aria-label={t('deleteNamed', { title: milestone.title })}
            disabled={!online}
            onClick={() => {
              if (window.confirm(t('confirmDelete', { title: milestone.title }))) {
                void act(async () => {
                  await deleteMilestone.mutateAsync({ id: milestone.id, version: milestone.version });
                  return t('deleted');
                });
              }
            }}
            className="min-h-10 rounded border border-red-700 px-2 text-sm text-red-800 disabled:opacity-60"
          >
            {t('delete')}
          </button>
          <NeedsConnection online={online} />
        </div>
      )}
      {editing && (
        <MilestoneForm
          mode={{ kind: 'edit', milestone }}
          onDone={(done) => {
            setMessage(done);
            setEditing(false);
          }}
        />
      )}
      <HistoryPanel entity="milestone" id={milestone.id} what={milestone.title} />
      <FormProblem message={problem} />
      {message && <FormStatus message={message} />}
    </div>
  );
}

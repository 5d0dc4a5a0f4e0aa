'use client';

/**
 * The editing controls as the reading screens use them. Their code (forms, react-hook-form,
 * the zod schemas) is loaded only for a signed-in editor, so staff reading on a slow link
 * never download it; for anyone else these render nothing.
 */
import dynamic from 'next/dynamic';
import type { ComponentProps, ComponentType } from 'react';
import { useCanEdit } from '../providers';
import type * as MilestoneActionsModule from './milestone-actions';
import type * as SiteEditorModule from './site-editor';
import type * as ContingentEditorModule from './contingent-editor';
import type * as HistoryModule from './history-panel';

function forEditors<P extends object>(Lazy: ComponentType<P>) {
  return function EditorOnly(props: P) {
    return useCanEdit() ? <Lazy {...props} /> : null;
  };
}

export const AddMilestone = forEditors<ComponentProps<typeof MilestoneActionsModule.AddMilestone>>(
  dynamic(() => import('./milestone-actions').then((m) => m.AddMilestone), { ssr: false }),
);
export const MilestoneActions = forEditors<ComponentProps<typeof MilestoneActionsModule.MilestoneActions>>(
  dynamic(() => import('./milestone-actions').then((m) => m.MilestoneActions), { ssr: false }),
);
export const SiteEditor = forEditors<ComponentProps<typeof SiteEditorModule.SiteEditor>>(
  dynamic(() => import('./site-editor').then((m) => m.SiteEditor), { ssr: false }),
);
export const ContingentEditor = forEditors<ComponentProps<typeof ContingentEditorModule.ContingentEditor>>(
  dynamic(() => import('./contingent-editor').then((m) => m.ContingentEditor), { ssr: false }),
);
export const HistoryPanel = forEditors<ComponentProps<typeof HistoryModule.HistoryPanel>>(
  dynamic(() => import('./history-panel').then((m) => m.HistoryPanel), { ssr: false }),
);
/** Milestones saved without a connection, waiting to send (decision 0017). */
export const MilestoneOutbox = forEditors<Record<string, never>>(
  dynamic(() => import('./milestone-outbox').then((m) => m.MilestoneOutbox), { ssr: false }),
);

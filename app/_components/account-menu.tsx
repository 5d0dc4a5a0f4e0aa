'use client';

import Link from '@/app/_components/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useAppScope } from './providers';
import { useOnline, NeedsConnection } from './offline';
import { forgetOfflineCopies } from '@/app/_data/offline-store';

/** Sign in, or who is signed in with their role and a way out. */
export function AccountMenu() {
  const t = useTranslations('account');
  const { viewer } = useAppScope();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const online = useOnline();

  if (!viewer) {
    const next = `${pathname}${search ? `?${search}` : ''}`;
    return (
      <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className="inline-flex min-h-10 items-center rounded px-2 text-sm underline">
        {t('signIn')}
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Link href="/account" className="underline">
        {t('signedInAs', { name: viewer.name || viewer.email })} ({t('role', { role: viewer.role })})
      </Link>
      <button
        type="button"
        disabled={busy || !online}
        onClick={async () => {
          setBusy(true);
          await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
          queryClient.clear();
          // What was kept on this device for reading offline goes with the session (decision 0017).
          await forgetOfflineCopies().catch(() => undefined);
          // A full load, so that nothing rendered for the signed-in person stays on screen.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination
          window.location.assign('/');
        }}
        className="min-h-10 rounded border border-slate-400 px-2 hover:bg-slate-100"
      >
        {t('signOut')}
      </button>
      <NeedsConnection online={online} />
    </div>
  );
}

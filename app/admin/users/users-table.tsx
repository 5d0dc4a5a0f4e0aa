'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { ROLES, type Role } from '@/lib/auth/roles';
import type { UserView } from '@/lib/auth/users';
import { describeError, queries } from '@/app/_data/queries';
import { useClearSignInFailures, useSetRole } from '@/app/_data/mutations';
import { FormProblem, FormStatus } from '@/app/_components/form/fields';
import { LoadingNote, QueryError, Skeleton } from '@/app/_components/query-state';

export function UsersTable() {
  const t = useTranslations('account');
  const query = useQuery(queries.users());
  const setRole = useSetRole();
  const clearFailures = useClearSignInFailures();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const named = (user: UserView) => user.name || user.email;

  /** Runs an admin's change; says what was done, or why not. */
  const run = async (write: () => Promise<unknown>, done: string) => {
    setProblem('');
    try {
      await write();
      setMessage(done);
    } catch (error) {
      setProblem(describeError(error));
    }
  };
  const save = (user: UserView, role: Role) => run(() => setRole.mutateAsync({ userId: user.id, role }), t('usersPage.saved', { name: named(user), role }));
  const clear = (user: UserView) => run(() => clearFailures.mutateAsync(user.id), t('usersPage.cleared', { name: named(user) }));

  if (query.error) return <QueryError error={query.error} retry={() => void query.refetch()} />;
  if (!query.data)
    return (
      <>
        <LoadingNote />
        <Skeleton className="h-40" />
      </>
    );
  return (
    <div className="space-y-2">
      <FormStatus message={message} />
      <FormProblem message={problem} />
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('usersPage.title')}>
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="px-2 py-1">{t('usersPage.name')}</th>
              <th scope="col" className="px-2 py-1">{t('usersPage.email')}</th>
              <th scope="col" className="px-2 py-1">{t('usersPage.role')}</th>
              <th scope="col" className="px-2 py-1">{t('usersPage.signIn')}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.data.map((user) => (
              <tr key={user.id} className="border-b border-slate-100">
                <th scope="row" className="px-2 py-1 font-medium">{user.name || '—'}</th>
                <td className="px-2 py-1">{user.email}</td>
                <td className="px-2 py-1">
                  <RoleForm user={user} onSave={save} />
                </td>
                <td className="px-2 py-1">
                  <SignInState user={user} onClear={clear} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function RoleForm({ user, onSave }: { user: UserView; onSave: (user: UserView, role: Role) => Promise<void> }) {
  const online = useOnline();
  const t = useTranslations('account');
  const [role, setRole] = useState<Role>(user.role);
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        void onSave(user, role);
      }}
    >
      <select
        aria-label={t('usersPage.roleOf', { name: user.name || user.email })}
        value={role}
        onChange={(e) => setRole(e.currentTarget.value as Role)}
        className="min-h-10 rounded border border-slate-500 bg-white px-2"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t('role', { role: r })}
          </option>
        ))}
      </select>
      <button type="submit" disabled={role === user.role || !online} className="min-h-10 rounded border border-slate-600 px-2 disabled:opacity-50">
        {t('usersPage.save')}
      </button>
      <NeedsConnection online={online} />
    </form>
  );
}

/** Failed sign-ins still counted against an account, and the admin's way to clear them. */
function SignInState({ user, onClear }: { user: UserView; onClear: (user: UserView) => Promise<void> }) {
  const t = useTranslations('account');
  if (user.failedSignIns === 0) return <span className="text-slate-700">{t('usersPage.signInOk')}</span>;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span>
        {user.signInPausedUntil
          ? t('usersPage.signInWaiting', { count: user.failedSignIns, until: new Date(user.signInPausedUntil) })
          : t('usersPage.signInFailed', { count: user.failedSignIns })}
      </span>
      <button type="button" onClick={() => void onClear(user)} className="min-h-10 rounded border border-slate-600 px-2">
        {t('usersPage.clear', { name: user.name || user.email })}
      </button>
    </div>
  );
}

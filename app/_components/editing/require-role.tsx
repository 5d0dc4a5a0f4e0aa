import Link from '@/app/_components/link';
import { getTranslations } from 'next-intl/server';
import { getViewer } from '@/app/_data/viewer';
import { roleAtLeast, type Role } from '@/lib/auth/roles';

/**
 * A page for editors or admins says so to anyone else, with a way to sign in. It hides
 * nothing that matters: every write behind the page checks the role on the server.
 */
export async function RequireRole({ role, path, children }: { role: Exclude<Role, 'viewer'>; path: string; children: React.ReactNode }) {
  const viewer = await getViewer();
  if (viewer && roleAtLeast(viewer.role, role)) return <>{children}</>;
  const t = await getTranslations('account');
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold">{role === 'admin' ? t('needAdmin') : t('needEditor')}</h1>
      {!viewer && (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(path)}`} className="underline">
            {t('signIn')}
          </Link>
        </p>
      )}
    </div>
  );
}

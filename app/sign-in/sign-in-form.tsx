'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { z } from 'zod';
import { FieldError } from '@/app/_components/form/fields';

const signInInput = z.object({
  email: z.email('emailInvalid'),
  password: z.string().min(1, 'passwordRequired'),
});
type SignInInput = z.infer<typeof signInInput>;

export function SignInForm({ next }: { next: string }) {
  const online = useOnline();
  const t = useTranslations('account');
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInInput) });

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const response = await fetch('/api/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: values.email, password: values.password }),
    });
    if (response.ok) {
      // A full load: the layout reads the new session on the server.
      window.location.assign(next);
      return;
    }
    if (response.status === 401 || response.status === 400) setProblem(t('wrongCredentials'));
    else if (response.status === 429) setProblem(t('throttled'));
    else {
      const body = (await response.json().catch(() => null)) as { message?: string; error?: { message?: string } } | null;
      setProblem(t('failed', { message: body?.error?.message ?? body?.message ?? response.statusText }));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      {problem && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          {problem}
        </p>
      )}
      <div className="flex flex-col">
        <label htmlFor="email" className="text-sm font-medium">
          {t('email')}
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? 'email-error' : undefined}
          className="min-h-10 rounded border border-slate-500 px-2"
          {...register('email')}
        />
        <FieldError id="email-error" message={errors.email?.message && t(errors.email.message as 'emailInvalid')} />
      </div>
      <div className="flex flex-col">
        <label htmlFor="password" className="text-sm font-medium">
          {t('password')}
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? 'password-error' : undefined}
          className="min-h-10 rounded border border-slate-500 px-2"
          {...register('password')}
        />
        <FieldError id="password-error" message={errors.password?.message && t(errors.password.message as 'passwordRequired')} />
      </div>
      <NeedsConnection online={online} />
      <button type="submit" disabled={isSubmitting || !online} className="min-h-10 rounded bg-slate-800 px-4 font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}

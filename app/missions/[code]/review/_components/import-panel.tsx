'use client';

import { NeedsConnection, useOnline } from '@/app/_components/offline';
import { useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { ImportAnswer } from '@/lib/data/release-writes';
import { formatDay } from '@/lib/format/dates';
import { describeError } from '@/app/_data/queries';
import { useImportReleases } from '@/app/_data/mutations';
import { FieldError } from '@/app/_components/form/fields';
import { useMission } from '@/app/_components/use-mission';

/** Paste releases or choose .txt files; the answer says what was new and what was known. */
export function ImportPanel() {
  const online = useOnline();
  const t = useTranslations('editing.review');
  const locale = useLocale();
  const mission = useMission();
  const importReleases = useImportReleases();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [problem, setProblem] = useState('');

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    setAnswer(null);
    try {
      // Releases are separated by their date lines, so files can simply follow one another.
      const texts = [text, ...(await Promise.all(files.map((f) => f.text())))].filter((s) => s.trim());
      setAnswer(await importReleases.mutateAsync({ mission, text: texts.join('\n\n') }));
      setText('');
    } catch (error) {
      setProblem(describeError(error));
    } finally {
      setBusy(false);
    }
  };

  const title = (r: { title: string | null; date: string }) => r.title ?? formatDay(r.date, locale);
  return (
    <section aria-labelledby="import-heading" className="space-y-3">
      <h2 id="import-heading" className="text-xl font-semibold">
        {t('importHeading')}
      </h2>
      <p className="text-sm text-slate-700">{t('importIntro')}</p>
      <form onSubmit={submit} className="space-y-3">
        <label className="flex flex-col text-sm font-medium">
          {t('text')}
          <textarea
            rows={8}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'import-error' : undefined}
            className="rounded border border-slate-500 p-2 font-mono text-sm font-normal"
          />
        </label>
        <label className="flex flex-col text-sm font-medium">
          {t('files')}
          <input type="file" accept=".txt,text/plain" multiple onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])} className="min-h-10 text-sm font-normal" />
        </label>
        <FieldError id="import-error" message={problem} />
        <button type="submit" disabled={busy || !online || (!text.trim() && files.length === 0)} className="min-h-10 rounded bg-slate-800 px-4 text-sm font-medium text-white disabled:opacity-60">
          {busy ? t('importing') : t('import')}
        </button>
        <NeedsConnection online={online} />
      </form>
      <div role="status" className="space-y-1 text-sm">
        {answer && (
          <>
            <p className="font-medium">{t('imported', { created: answer.created.length, known: answer.existing.length, proposals: answer.proposals })}</p>
            <ul className="ml-4 list-disc">
              {answer.created.map((r) => (
                <li key={r.id}>{t('createdRelease', { title: title(r) })}</li>
              ))}
              {answer.existing.map((r) => (
                <li key={r.id}>{t('knownRelease', { title: title(r) })}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}

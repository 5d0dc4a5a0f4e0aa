import { getLocale, getTranslations } from 'next-intl/server';
import { LOCALES, LOCALE_NAMES } from '@/i18n/locales';
import { setLocale } from '@/app/_actions/locale';
import { LanguageButton } from './language-button';

/** One button per other language; each is a form, so it works before JavaScript has loaded. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations('common.language');
  return (
    <div className="flex items-center gap-1 text-sm" role="group" aria-label={t('label')}>
      {LOCALES.map((other) =>
        other === locale ? (
          <span key={other} lang={other} aria-current="true" className="rounded px-2 py-1 font-semibold">
            {LOCALE_NAMES[other]}
          </span>
        ) : (
          <form key={other} action={setLocale}>
            <input type="hidden" name="locale" value={other} />
            <LanguageButton locale={other} />
          </form>
        ),
      )}
    </div>
  );
}

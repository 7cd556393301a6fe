import { useTranslations } from 'next-intl';

import { usePageLocale } from '../_i18n/locale';

/**
 * Text that comes from the data, which is in English: as it is on an English page; on a page in
 * another language, marked as English for readers and screen readers ("(en inglés)"), never
 * translated on the fly.
 */
export function DataText({ text }: { text: string }) {
  const locale = usePageLocale();
  const t = useTranslations('format');
  if (locale === 'en') return <>{text}</>;
  return (
    <>
      <span lang="en">{text}</span> <span className="in-english">{t('inEnglish')}</span>
    </>
  );
}

/** "A, B and C" ("A, B y C"): the site's own list words, without a serial comma. */
export function useListWords(): (items: string[]) => string {
  const and = useTranslations('format')('and');
  return (items) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`);
}

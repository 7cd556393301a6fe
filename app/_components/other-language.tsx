import { getTranslations } from 'next-intl/server';

/**
 * The link to the same page in the other language, written in that language ("Lea esta página en
 * español" on an English page, "Read this page in English" on a Spanish one); on screen only.
 */
export async function OtherLanguage({ href, inline = false }: { href: string; inline?: boolean }) {
  const t = await getTranslations('edition');
  if (inline)
    // in a sentence of its own, where a line more would push the page's answers down ("En español")
    return (
      <a href={href} hrefLang={t('otherLanguageLang')} lang={t('otherLanguageLang')} className="language-switch-inline">
        {t('otherLanguageShort')}
      </a>
    );
  return (
    <p className="language-switch no-print">
      <a href={href} hrefLang={t('otherLanguageLang')} lang={t('otherLanguageLang')}>
        {t('otherLanguage')}
      </a>
    </p>
  );
}

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { dictionaries, type Lang, type MessageKey } from './dictionaries';

export type TFunction = (key: MessageKey, params?: Record<string, string | number>) => string;

interface I18nContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: TFunction;
}

const LANG_STORAGE_KEY = 'qt.lang';

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[lang][key] ?? dictionaries.vi[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(LANG_STORAGE_KEY);
    if (stored === 'vi' || stored === 'en') return stored;
  } catch {
    /* storage unavailable: fall back to the default */
  }
  return 'vi';
}

const I18nContext = createContext<I18nContextValue>({
  lang: 'vi',
  setLang: () => undefined,
  t: (key, params) => translate('vi', key, params),
});

export function I18nProvider({ children, lang: forcedLang }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => forcedLang ?? initialLang());

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      /* ignore */
    }
    document.documentElement.lang = next;
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translate function for the current language. */
export function useT(): TFunction {
  return useContext(I18nContext).t;
}

export function useI18n(): I18nContextValue {
  return useContext(I18nContext);
}

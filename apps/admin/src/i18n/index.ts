export { I18nProvider, useI18n, useT, translate } from './i18n';
export type { TFunction } from './i18n';
export { dictionaries, vi, en } from './dictionaries';
export type { Lang, MessageKey } from './dictionaries';

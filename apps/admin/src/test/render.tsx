import { render, type RenderOptions } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider, type Lang } from '../i18n';

/**
 * jsdom never fires animation/transition end events, so antd's leave animations
 * (modal closing, form error collapse) would hang. Turning motion off makes
 * elements appear and disappear immediately, as a user sees once animations end.
 */
export function NoMotion({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={{ token: { motion: false } }}>{children}</ConfigProvider>;
}

export function renderNoMotion(ui: ReactElement, options?: RenderOptions) {
  return render(ui, { wrapper: NoMotion, ...options });
}

/** Render a page with the i18n provider (Vietnamese by default), motion off. */
export function renderWithI18n(ui: ReactElement, lang: Lang = 'vi') {
  return render(<I18nProvider lang={lang}>{ui}</I18nProvider>, { wrapper: NoMotion });
}

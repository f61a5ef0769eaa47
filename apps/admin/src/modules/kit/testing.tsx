import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { ReactElement } from 'react';
import { CurrentUserProvider } from '../../app/current-user';
import { I18nProvider, type Lang } from '../../i18n';
import { NoMotion } from '../../test/render';

/** Helpers for the component tests of these modules (fake API answers, a signed-in user). */
import { gqlData, tokens, type Handler } from '../../test/fake-api';
import { authClient } from '../auth';

export const ORG_A = { id: 'org-a', code: 'DBK', name: 'Đảng bộ Khối các cơ quan Trung ương' };

/** A `Me` answer with the given roles, all held at ORG_A. */
export function meWith(...roles: string[]): Handler {
  return () =>
    gqlData({
      me: {
        id: 'u-1',
        username: 'admin',
        displayName: 'Nguyễn Văn Quản Trị',
        roles: roles.map((role) => ({ role, organisation: ORG_A })),
      },
    });
}

/** Signed in as a fresh user, with no identity cached. */
export function signIn(): void {
  authClient.reset();
  authClient.setSession(tokens(1));
}

/** A GraphQL error answer as the API sends it (code + fields). */
export function gqlError(code: string, message: string, fields?: Array<{ field: string; messages: string[] }>) {
  return new Response(JSON.stringify({ data: null, errors: [{ message, extensions: { code, ...(fields ? { fields } : {}) } }] }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

export function page<T>(nodes: T[], hasNextPage = false, endCursor: string | null = null) {
  return { nodes, pageInfo: { hasNextPage, endCursor } };
}

/**
 * The open antd dialog (Modal/Drawer) whose title is `title`. Under test, rc-component ids are
 * all "test-id", so `getByRole('dialog', { name })` cannot resolve aria-labelledby.
 */
export async function findDialog(title: string): Promise<HTMLElement> {
  const { waitFor } = await import('@testing-library/react');
  return waitFor(() => {
    // querySelectorAll, not getAllByRole: role queries over a large antd DOM are slow in jsdom.
    const dialog = [...document.querySelectorAll<HTMLElement>('[role="dialog"]')]
      .reverse()
      .find((d) => d.querySelector('.ant-modal-title, .ant-drawer-title')?.textContent === title);
    if (!dialog) throw new Error(`no open dialog titled ${title}`);
    return dialog;
  });
}

/** Render a page as the shell does: antd App (messages), current user (roles from the fake `Me`), Vietnamese, no motion. */
export function renderPage(ui: ReactElement, lang: Lang = 'vi') {
  return render(
    <I18nProvider lang={lang}>
      <AntApp>
        <CurrentUserProvider>{ui}</CurrentUserProvider>
      </AntApp>
    </I18nProvider>,
    { wrapper: NoMotion },
  );
}

/** Types a whole text at once (one input event): typing long texts key by key into antd forms is slow in jsdom. */
export async function paste(user: { click: (el: Element) => Promise<void>; paste: (text: string) => Promise<void> }, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

/**
 * A connection in two pages: the first (ending at `cursor`, more to come) when `after` is null,
 * the second (the last) when `after` is that cursor; any other cursor is an error.
 */
export function twoPages(field: string, first: unknown[], second: unknown[], cursor = 'cursor-50'): Handler {
  return (req) => {
    const after = req.variables?.after ?? null;
    if (after === null) return gqlData({ [field]: page(first, true, cursor) });
    if (after === cursor) return gqlData({ [field]: page(second) });
    return gqlError('BAD_USER_INPUT', `unknown cursor ${String(after)}`);
  };
}

/**
 * Clicks "Tải thêm" under a list whose first page `rowOf(first)` shows, and checks that the next
 * page was asked with the cursor and the same filters and appended below, and the button is gone.
 */
export async function expectLoadsMore(
  api: { ops: (operation: string) => Array<{ variables?: Record<string, unknown> }> },
  operation: string,
  texts: { first: string; second: string },
  cursor = 'cursor-50',
) {
  const { screen, waitFor } = await import('@testing-library/react');
  const { default: userEvent } = await import('@testing-library/user-event');
  const firstRow = (await screen.findByText(texts.first)).closest('tr')!;
  expect(screen.queryByText(texts.second)).not.toBeInTheDocument();
  const before = api.ops(operation).length;
  await userEvent.setup().click(screen.getByRole('button', { name: 'Tải thêm' }));
  const secondRow = (await screen.findByText(texts.second)).closest('tr')!;
  const calls = api.ops(operation);
  expect(calls).toHaveLength(before + 1);
  const { after: firstAfter, ...filters } = calls[before - 1].variables ?? {};
  expect(firstAfter).toBeNull();
  expect(calls[before].variables).toEqual({ ...filters, after: cursor });
  // Appended: the first page's row stays, the new one comes after it.
  expect(screen.getByText(texts.first).closest('tr')).toBe(firstRow);
  expect(firstRow.compareDocumentPosition(secondRow) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Tải thêm' })).not.toBeInTheDocument());
}

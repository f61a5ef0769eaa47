import { Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n';
import { errorText, type Page } from './api';
import { useRemote } from './use-remote';

type PageInfo = Page<unknown>['pageInfo'];

export interface Paged<T> {
  /** The rows of every page loaded so far, in order. */
  rows: T[];
  error: string | null;
  /** The first page is loading. */
  loading: boolean;
  /** A further page is loading. */
  loadingMore: boolean;
  hasNextPage: boolean;
  /** Requests the page after the last one loaded (`after: endCursor`) and appends it. */
  loadMore: () => void;
  /** Reloads from the first page. */
  reload: () => void;
}

interface Extra<T> {
  /** The first page these extra rows follow: stale once the first page is reloaded. */
  first: Page<T>;
  rows: T[];
  pageInfo: PageInfo;
}

/**
 * A cursor-paged list (a GraphQL connection): the first page loads when `deps` change, as
 * `useRemote`; `loadMore` fetches the next page with the last `endCursor` and appends its rows.
 * `load` null: nothing to load yet.
 */
export function usePaged<T>(load: ((after: string | null) => Promise<Page<T>>) | null, deps: readonly unknown[]): Paged<T> {
  const first = useRemote(load ? () => load(null) : null, deps);
  const [extra, setExtra] = useState<Extra<T> | null>(null);
  const [more, setMore] = useState<{ loading: boolean; error: string | null }>({ loading: false, error: null });

  const base = first.data;
  const current = extra && base && extra.first === base ? extra : null;
  const rows = base ? [...base.nodes, ...(current?.rows ?? [])] : [];
  const pageInfo = current?.pageInfo ?? base?.pageInfo ?? { hasNextPage: false, endCursor: null };

  const loadMore = () => {
    if (!load || !base || !pageInfo.hasNextPage || more.loading) return;
    const before = current?.rows ?? [];
    setMore({ loading: true, error: null });
    load(pageInfo.endCursor).then(
      (next) => {
        setExtra({ first: base, rows: [...before, ...next.nodes], pageInfo: next.pageInfo });
        setMore({ loading: false, error: null });
      },
      (error: unknown) => setMore({ loading: false, error: errorText(error) }),
    );
  };

  return {
    rows,
    error: first.error ?? more.error,
    loading: first.loading,
    loadingMore: more.loading,
    hasNextPage: pageInfo.hasNextPage,
    loadMore,
    reload: first.reload,
  };
}

/** The "Tải thêm" (load more) button under a paged list; hidden on the last page. */
export function LoadMoreButton({ paged }: { paged: Paged<unknown> }) {
  const t = useT();
  if (!paged.hasNextPage) return null;
  return (
    <Button style={{ marginTop: 8 }} loading={paged.loadingMore} onClick={paged.loadMore}>
      {t('kit.loadMore')}
    </Button>
  );
}

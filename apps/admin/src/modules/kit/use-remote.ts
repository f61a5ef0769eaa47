import { useCallback, useEffect, useState } from 'react';
import { errorText } from './api';

export interface Remote<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  /** Load again (after a change). */
  reload: () => void;
}

/**
 * Loads `load()` when `deps` change (and on `reload`), ignoring answers that arrive after a newer
 * request or after unmount; keeps the last data while reloading. `load` null: nothing to load yet.
 */
export function useRemote<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): Remote<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({
    data: null,
    error: null,
    loading: load !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!load) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: unknown) => live && setState((s) => ({ ...s, error: errorText(error), loading: false })),
    );
    return () => {
      live = false;
    };
    // The caller's deps decide when to load; `load` itself is a new closure every render.
  }, [...deps, tick, load === null]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}

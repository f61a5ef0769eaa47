import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../modules/kit/api';
import { gql } from './client';
import type { TypedDocumentString } from './generated/graphql';

export interface QueryState<TData> {
  data: TData | null;
  /** The error message (the API's, already specific), or null. */
  error: string | null;
  loading: boolean;
  /** Reads again (after a mutation); the current data stays shown meanwhile. */
  reload: () => void;
}

/**
 * Runs a typed query when the variables change (compared as JSON) and keeps the newest answer;
 * an answer to older variables is dropped. `skip` waits (e.g. for a choice).
 */
export function useQuery<TData, TVariables>(document: TypedDocumentString<TData, TVariables>, variables: TVariables, { skip = false } = {}): QueryState<TData> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string | null; data: TData | null; error: string | null }>({ key: null, data: null, error: null });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (skip) return;
    let live = true;
    gql(document, JSON.parse(key) as TVariables).then(
      (data) => live && setState({ key, data, error: null }),
      (e) => live && setState({ key, data: null, error: errorText(e) }),
    );
    return () => {
      live = false;
    };
  }, [document, key, skip, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = state.key === key;
  return { data: current ? state.data : null, error: current ? state.error : null, loading: !skip && !current, reload };
}

import { SearchOutlined } from '@ant-design/icons';
import { Alert, Input, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { OrganisationKindTag } from './OrganisationKindTag';
import { searchOrganisations } from './organisations-api';
import type { OrganisationSearchHit } from './types';

export const SEARCH_DEBOUNCE_MS = 300;

type SearchState =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'done'; term: string; hits: OrganisationSearchHit[] }
  | { phase: 'error'; message: string };

export function OrganisationSearch({ onPick, selectedId }: { onPick: (hit: OrganisationSearchHit) => void; selectedId?: string }) {
  const t = useT();
  const [term, setTerm] = useState('');
  const [state, setState] = useState<SearchState>({ phase: 'idle' });
  const latest = useRef(0);

  useEffect(() => {
    const search = term.trim();
    const requestId = ++latest.current;
    if (!search) {
      setState({ phase: 'idle' });
      return;
    }
    const timer = setTimeout(() => {
      setState({ phase: 'loading' });
      searchOrganisations(search).then(
        (hits) => {
          if (latest.current === requestId) setState({ phase: 'done', term: search, hits });
        },
        (error: unknown) => {
          if (latest.current === requestId) {
            setState({ phase: 'error', message: error instanceof Error ? error.message : String(error) });
          }
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [term]);

  return (
    <div>
      <Input
        allowClear
        value={term}
        onChange={(e) => setTerm(e.target.value)}
        prefix={<SearchOutlined />}
        placeholder={t('org.search.placeholder')}
        aria-label={t('org.search.label')}
        type="search"
      />
      {state.phase === 'loading' && (
        <div style={{ padding: 8 }}>
          <Spin size="small" /> <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>
        </div>
      )}
      {state.phase === 'error' && (
        <Alert type="error" showIcon title={t('org.search.error')} description={state.message} style={{ marginTop: 8 }} />
      )}
      {state.phase === 'done' && (
        <section aria-label={t('org.search.results')} style={{ marginTop: 8 }}>
          {state.hits.length === 0 ? (
            <Typography.Text type="secondary">{t('org.search.none')}</Typography.Text>
          ) : (
            <ul className="qt-search-results">
              {state.hits.map((hit) => (
                <li key={hit.id}>
                  <button
                    type="button"
                    className={hit.id === selectedId ? 'qt-search-hit qt-search-hit--selected' : 'qt-search-hit'}
                    aria-pressed={hit.id === selectedId}
                    onClick={() => onPick(hit)}
                  >
                    <Typography.Text code>{hit.code}</Typography.Text> <span>{hit.name}</span>
                    <OrganisationKindTag kind={hit.kind} />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

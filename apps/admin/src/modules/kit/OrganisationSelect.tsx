import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { searchOrganisations, type OrganisationSearchHit } from '../organisations';

export interface OrganisationOption {
  id: string;
  code?: string;
  name: string;
  kind?: string;
}

interface Props {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null, option?: OrganisationOption) => void;
  /** Accessible name of the control. */
  ariaLabel: string;
  /** Options shown before the user types (e.g. the current organisation). */
  initial?: OrganisationOption[];
  /** Hide these organisations (e.g. the one being moved). */
  exclude?: string[];
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
}

/** An organisation picker searching the server (name or code, diacritics ignored). */
export function OrganisationSelect({ id, value, onChange, ariaLabel, initial = [], exclude = [], allowClear, disabled, style }: Props) {
  const t = useT();
  const [options, setOptions] = useState<OrganisationOption[]>(initial);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onSearch = (term: string) => {
    clearTimeout(timer.current);
    const search = term.trim();
    if (!search) return;
    timer.current = setTimeout(() => {
      const request = ++latest.current;
      setLoading(true);
      searchOrganisations(search).then(
        (hits: OrganisationSearchHit[]) => {
          if (request !== latest.current) return;
          setOptions(hits.map((h) => ({ id: h.id, code: h.code, name: h.name, kind: h.kind })));
          setLoading(false);
        },
        () => request === latest.current && setLoading(false),
      );
    }, 250);
  };

  const visible = options.filter((o) => !exclude.includes(o.id));
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      showSearch={{ filterOption: false, onSearch }}
      allowClear={allowClear}
      disabled={disabled}
      loading={loading}
      value={value ?? undefined}
      placeholder={t('org.search.placeholder')}
      notFoundContent={loading ? t('common.loading') : t('org.search.none')}
      onChange={(v: string | undefined) => onChange?.(v ?? null, options.find((o) => o.id === v))}
      options={visible.map((o) => ({ value: o.id, label: o.code ? `${o.code} — ${o.name}` : o.name }))}
      style={{ minWidth: 260, ...style }}
    />
  );
}

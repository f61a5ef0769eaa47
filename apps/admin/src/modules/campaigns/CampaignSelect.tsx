import { foldVietnamese } from '@qt/shared-domain';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { gql } from '../../graphql/client';
import type { CampaignListQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { CAMPAIGNS_QUERY } from './graphql';

type Option = CampaignListQuery['campaigns']['nodes'][number];

/**
 * Picks an issued (or closed) campaign; searching ignores diacritics. With `autoSelect`,
 * picks the newest issued one when no value is given.
 */
export function CampaignSelect({
  value,
  onChange,
  autoSelect = true,
  style,
}: {
  value?: string | null;
  onChange: (id: string, campaign: Option) => void;
  autoSelect?: boolean;
  style?: React.CSSProperties;
}) {
  const t = useT();
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    let live = true;
    gql(CAMPAIGNS_QUERY, { first: 100 }).then(
      (d) => {
        if (!live) return;
        const usable = d.campaigns.nodes.filter((c) => c.status !== 'DRAFT');
        setOptions(usable);
        const first = usable.find((c) => c.status === 'ISSUED') ?? usable[0];
        if (autoSelect && !value && first) onChange(first.id, first);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
    // Loaded once; the choice is the caller's.
  }, []);
  return (
    <Select
      aria-label={t('session.list.campaign')}
      placeholder={t('session.list.pickCampaign')}
      value={value ?? undefined}
      onChange={(id: string) => {
        const c = options.find((o) => o.id === id);
        if (c) onChange(id, c);
      }}
      showSearch={{ filterOption: (input, option) => foldVietnamese(String(option?.label ?? '')).includes(foldVietnamese(input)) }}
      options={options.map((c) => ({ value: c.id, label: `${c.code} — ${c.title}` }))}
      style={{ minWidth: 360, ...style }}
    />
  );
}

import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { graphql } from '../../graphql/generated';
import { useT } from '../../i18n';
import { gql } from './api';

export const KIT_CAMPAIGNS_QUERY = graphql(`
  query KitCampaigns {
    campaigns(first: 100) {
      nodes {
        id
        code
        title
        status
      }
    }
  }
`);

/** A campaign picker (campaigns the user may see, newest first). Picks the newest when none is chosen. */
export function CampaignSelect({
  value,
  onChange,
  ariaLabel,
  autoPick = true,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
  ariaLabel: string;
  autoPick?: boolean;
}) {
  const t = useT();
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let live = true;
    gql(KIT_CAMPAIGNS_QUERY).then(
      ({ campaigns }) => {
        if (!live) return;
        setOptions(campaigns.nodes.map((c) => ({ value: c.id, label: `${c.code} — ${c.title}` })));
        setLoading(false);
        if (autoPick && !value && campaigns.nodes[0]) onChange(campaigns.nodes[0].id);
      },
      () => live && setLoading(false),
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <Select
      aria-label={ariaLabel}
      loading={loading}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange(v ?? null)}
      options={options}
      allowClear={!autoPick}
      placeholder={t('kit.campaign')}
      notFoundContent={t('kit.empty')}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 320 }}
    />
  );
}

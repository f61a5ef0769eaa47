import { Card, Descriptions, Empty, Typography } from 'antd';
import { useI18n } from '../../i18n';
import { formatDate } from '../kit/dates';
import { OrganisationKindTag } from './OrganisationKindTag';
import type { OrganisationKind } from './types';

export interface OrganisationSummary {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
  childCount?: number;
  dissolvedOn?: string | null;
}


export function OrganisationDetails({ organisation }: { organisation: OrganisationSummary | null }) {
  const { t } = useI18n();
  return (
    <Card title={t('org.detail.title')} size="small" role="region" aria-label={t('org.detail.title')}>
      {!organisation ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.detail.none')} />
      ) : (
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'code', label: t('org.detail.code'), children: organisation.code },
            {
              key: 'name',
              label: t('org.detail.name'),
              children: organisation.dissolvedOn ? (
                <Typography.Text type="secondary">
                  {organisation.name} {t('org.dissolved')}
                </Typography.Text>
              ) : (
                organisation.name
              ),
            },
            {
              key: 'kind',
              label: t('org.detail.kind'),
              children: <OrganisationKindTag kind={organisation.kind} muted={!!organisation.dissolvedOn} />,
            },
            ...(organisation.childCount !== undefined
              ? [{ key: 'children', label: t('org.detail.children'), children: organisation.childCount }]
              : []),
            ...(organisation.dissolvedOn
              ? [{ key: 'dissolvedOn', label: t('org.detail.dissolvedOn'), children: formatDate(organisation.dissolvedOn) }]
              : []),
          ]}
        />
      )}
    </Card>
  );
}

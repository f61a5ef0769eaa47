import { Tag } from 'antd';
import { useT } from '../../i18n';
import type { OrganisationKind } from './types';

const KIND_COLOURS: Record<OrganisationKind, string> = {
  BLOC: 'red',
  UPPER_GRASSROOTS: 'volcano',
  GRASSROOTS: 'gold',
  CELL: 'blue',
};

export function OrganisationKindTag({ kind, muted = false }: { kind: OrganisationKind; muted?: boolean }) {
  const t = useT();
  const known = kind in KIND_COLOURS;
  return (
    <Tag color={muted || !known ? undefined : KIND_COLOURS[kind]} style={{ marginInlineStart: 8 }}>
      {known ? t(`org.kind.${kind}`) : kind}
    </Tag>
  );
}

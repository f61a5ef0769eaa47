import { CloseOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { useAccess } from '../kit/access';
import { errorText, gql } from '../kit/api';
import { FormModal } from '../kit/FormModal';
import { OrganisationSelect } from '../kit/OrganisationSelect';
import { LoadMoreButton, usePaged } from '../kit/use-paged';
import { ASSIGN_ROLE_MUTATION, REVOKE_ROLE_MUTATION, ROLES, fetchUsers, type Role, type UserRow } from './admin-api';

/** Users of the administrator's subtree with their roles; grant a role at an organisation, revoke one. */
export function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const canManage = useAccess().can('user.manage');
  const [search, setSearch] = useState('');
  const [term, setTerm] = useState('');
  const [granting, setGranting] = useState<UserRow | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setTerm(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const users = usePaged((after) => fetchUsers(term || null, after), [term]);
  const { error, loading, reload: load, rows } = users;

  const revoke = async (user: UserRow, assignmentId: string) => {
    try {
      await gql(REVOKE_ROLE_MUTATION, { userId: user.id, assignmentId });
      message.success(t('admin.users.revoked'));
      load();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{t('admin.users.title')}</Typography.Title>}>
      <Input
        type="search"
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        aria-label={t('admin.users.search')}
        placeholder={t('admin.users.search')}
        style={{ maxWidth: 360 }}
      />
      {error && <Alert type="error" showIcon title={t('common.error')} description={error} style={{ marginTop: 12 }} />}
      <Table<UserRow>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('admin.users.none') }}
        columns={[
          { title: t('admin.users.username'), dataIndex: 'username' },
          { title: t('admin.users.displayName'), dataIndex: 'displayName' },
          {
            title: t('kit.status'),
            dataIndex: 'isActive',
            render: (active: boolean) => (active ? t('admin.users.active') : <Tag>{t('admin.users.inactive')}</Tag>),
          },
          {
            title: t('admin.users.roles'),
            key: 'roles',
            render: (_, user) => (
              <Space size={[4, 4]} wrap>
                {user.roles.map((r) => {
                  const label = t(`admin.role.${r.role}`);
                  const org = r.organisation.code;
                  return (
                    <Tag key={r.id}>
                      {label} — {org}
                      {canManage && (
                        <Popconfirm
                          title={t('admin.users.revoke.confirm', { role: label, org: r.organisation.name })}
                          okText={t('kit.confirm')}
                          cancelText={t('kit.cancel')}
                          onConfirm={() => revoke(user, r.id)}
                        >
                          <Button
                            type="text"
                            size="small"
                            icon={<CloseOutlined />}
                            aria-label={t('admin.users.revoke', { role: label, org })}
                          />
                        </Popconfirm>
                      )}
                    </Tag>
                  );
                })}
              </Space>
            ),
          },
          ...(canManage
            ? [
                {
                  title: t('kit.actions'),
                  key: 'actions',
                  render: (_: unknown, user: UserRow) => (
                    <Button size="small" onClick={() => setGranting(user)} aria-label={`${t('admin.users.grant')} — ${user.username}`}>
                      {t('admin.users.grant')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <LoadMoreButton paged={users} />
      {granting && (
        <FormModal<{ role: Role; organisationId: string }>
          open
          title={t('admin.users.grant.title', { name: granting.displayName })}
          okText={t('admin.users.grant')}
          fields={['role', 'organisationId']}
          onCancel={() => setGranting(null)}
          onSubmit={async (v) => {
            await gql(ASSIGN_ROLE_MUTATION, { userId: granting.id, input: { role: v.role, organisationId: v.organisationId } });
            message.success(t('admin.users.granted'));
            setGranting(null);
            load();
          }}
        >
          <Form.Item name="role" label={t('admin.users.grant.role')} rules={[{ required: true, message: t('kit.required') }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))} />
          </Form.Item>
          <Form.Item name="organisationId" label={t('admin.users.grant.organisation')} rules={[{ required: true, message: t('kit.required') }]}>
            <OrganisationSelect ariaLabel={t('admin.users.grant.organisation')} />
          </Form.Item>
        </FormModal>
      )}
    </Card>
  );
}

import { Alert, Button, Card, Col, Empty, Row, Space, Spin, Tree, Typography, type TreeDataNode, type TreeProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { OrganisationAdminPanel } from './OrganisationAdminPanel';
import { OrganisationDetails, type OrganisationSummary } from './OrganisationDetails';
import { OrganisationKindTag } from './OrganisationKindTag';
import { OrganisationSearch } from './OrganisationSearch';
import { fetchOrganisationChildren, fetchOrganisationRoots } from './organisations-api';
import type { OrganisationNode } from './types';

interface ChildrenState {
  ids: string[];
  hasNextPage: boolean;
  endCursor: string | null;
  loadingMore: boolean;
}

type RootsState =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; ids: string[] };

const LOAD_MORE_PREFIX = 'more:';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function OrganisationTitle({ node }: { node: OrganisationNode }) {
  const t = useT();
  const dissolved = !!node.dissolvedOn;
  return (
    <span className={dissolved ? 'qt-org qt-org--dissolved' : 'qt-org'}>
      <Typography.Text type={dissolved ? 'secondary' : undefined}>
        {node.code} — {node.name}
        {dissolved && <> {t('org.dissolved')}</>}
      </Typography.Text>
      <OrganisationKindTag kind={node.kind} muted={dissolved} />
    </span>
  );
}

export function OrganisationTreePage() {
  const t = useT();
  const [roots, setRoots] = useState<RootsState>({ phase: 'loading' });
  const [nodes, setNodes] = useState<Record<string, OrganisationNode>>({});
  const [children, setChildren] = useState<Record<string, ChildrenState>>({});
  const [selected, setSelected] = useState<OrganisationSummary | null>(null);
  const [treeError, setTreeError] = useState<string | null>(null);

  const remember = useCallback((list: OrganisationNode[]) => {
    setNodes((prev) => {
      const next = { ...prev };
      for (const n of list) next[n.id] = n;
      return next;
    });
  }, []);

  const loadRoots = useCallback(() => {
    let cancelled = false;
    setRoots({ phase: 'loading' });
    fetchOrganisationRoots().then(
      (list) => {
        if (cancelled) return;
        remember(list);
        setRoots({ phase: 'ready', ids: list.map((n) => n.id) });
      },
      (error: unknown) => {
        if (!cancelled) setRoots({ phase: 'error', message: errorMessage(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [remember]);

  useEffect(() => loadRoots(), [loadRoots]);

  /** After a move or dissolution: forget the loaded branches and reload the roots. */
  const reloadTree = useCallback(() => {
    setChildren({});
    loadRoots();
  }, [loadRoots]);

  const appendChildren = useCallback(
    (parentId: string, page: { nodes: OrganisationNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }) => {
      remember(page.nodes);
      setChildren((prev) => {
        const existing = prev[parentId]?.ids ?? [];
        const seen = new Set(existing);
        return {
          ...prev,
          [parentId]: {
            ids: [...existing, ...page.nodes.map((n) => n.id).filter((id) => !seen.has(id))],
            hasNextPage: page.pageInfo.hasNextPage,
            endCursor: page.pageInfo.endCursor,
            loadingMore: false,
          },
        };
      });
    },
    [remember],
  );

  /** Tree `loadData`: first page of children when a node is expanded. Rejecting collapses it again. */
  const loadData = useCallback<NonNullable<TreeProps['loadData']>>(
    async (treeNode) => {
      const id = String(treeNode.key);
      if (id.startsWith(LOAD_MORE_PREFIX) || children[id]) return;
      setTreeError(null);
      try {
        appendChildren(id, await fetchOrganisationChildren(id));
      } catch (error) {
        setTreeError(errorMessage(error));
        throw error;
      }
    },
    [appendChildren, children],
  );

  const loadMore = useCallback(
    async (parentId: string) => {
      const state = children[parentId];
      if (!state || state.loadingMore || !state.hasNextPage) return;
      setChildren((prev) => ({ ...prev, [parentId]: { ...prev[parentId], loadingMore: true } }));
      setTreeError(null);
      try {
        appendChildren(parentId, await fetchOrganisationChildren(parentId, state.endCursor));
      } catch (error) {
        setTreeError(errorMessage(error));
        setChildren((prev) => ({ ...prev, [parentId]: { ...prev[parentId], loadingMore: false } }));
      }
    },
    [appendChildren, children],
  );

  const treeData = useMemo<TreeDataNode[]>(() => {
    const build = (ids: string[]): TreeDataNode[] =>
      ids.flatMap((id) => {
        const node = nodes[id];
        if (!node) return [];
        const page = children[id];
        let nodeChildren: TreeDataNode[] | undefined;
        if (page) {
          nodeChildren = build(page.ids);
          if (page.hasNextPage) {
            nodeChildren.push({
              key: `${LOAD_MORE_PREFIX}${id}`,
              isLeaf: true,
              selectable: false,
              title: (
                <Button
                  type="link"
                  size="small"
                  loading={page.loadingMore}
                  onClick={(e) => {
                    e.stopPropagation();
                    void loadMore(id);
                  }}
                >
                  {t('org.tree.loadMore')}
                </Button>
              ),
            });
          }
        }
        return [
          {
            key: id,
            title: <OrganisationTitle node={node} />,
            isLeaf: node.childCount === 0,
            children: nodeChildren,
          },
        ];
      });
    return roots.phase === 'ready' ? build(roots.ids) : [];
  }, [roots, nodes, children, loadMore, t]);

  const onSelect: TreeProps['onSelect'] = (_keys, info) => {
    const node = nodes[String(info.node.key)];
    if (node) setSelected(node);
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{t('org.tree.title')}</Typography.Title>}>
          <OrganisationSearch onPick={(hit) => setSelected(hit)} selectedId={selected?.id} />
          <div style={{ marginTop: 16 }}>
            {treeError && (
              <Alert
                type="error"
                showIcon
                closable={{ onClose: () => setTreeError(null) }}
                title={t('org.tree.loadError')}
                description={treeError}
                style={{ marginBottom: 8 }}
              />
            )}
            {roots.phase === 'loading' && <Spin description={t('common.loading')} />}
            {roots.phase === 'error' && (
              <Alert
                type="error"
                showIcon
                title={t('org.tree.loadError')}
                description={roots.message}
                action={
                  <Button size="small" onClick={() => loadRoots()}>
                    {t('common.retry')}
                  </Button>
                }
              />
            )}
            {roots.phase === 'ready' && roots.ids.length === 0 && <Empty description={t('org.tree.empty')} />}
            {roots.phase === 'ready' && roots.ids.length > 0 && (
              <Tree
                aria-label={t('org.tree.title')}
                showLine
                blockNode
                treeData={treeData}
                loadData={loadData}
                onSelect={onSelect}
                selectedKeys={selected ? [selected.id] : []}
              />
            )}
          </div>
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <OrganisationDetails organisation={selected} />
          {selected && <OrganisationAdminPanel key={selected.id} organisationId={selected.id} onChanged={reloadTree} />}
        </Space>
      </Col>
    </Row>
  );
}

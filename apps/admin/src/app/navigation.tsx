/**
 * The navigation registry: every page of the SPA, its path, its menu entry and
 * the roles that see it. The shell (App.tsx) builds the side menu and the
 * router from this list, so a screen is added here and nowhere else.
 *
 * - `path` is a hash-router pattern (`/sessions/:id/roll-call`); the page gets
 *   `params` and `query` (see PageProps).
 * - `roles`: who sees the entry and may open the page (as the API's policy
 *   table allows the operations the page needs); `'any'` for every signed-in user.
 *   The API still checks every call: hiding is for clarity, not security.
 * - `menu: false` for pages reached from another page (details, roll call).
 * - `group` orders the side menu; `order` orders entries within a group.
 * Pages are lazy-loaded: keep one `lazy(() => import(...))` per page.
 */
import { BarChartOutlined, CalendarOutlined, ClusterOutlined, DashboardOutlined, EditOutlined, FlagOutlined } from '@ant-design/icons';
import { AuditOutlined, CarryOutOutlined, SafetyCertificateOutlined, ScheduleOutlined, SolutionOutlined, SoundOutlined, TeamOutlined, TrophyOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Role } from '../graphql/generated/graphql';
import type { MessageKey } from '../i18n';

export type { Role };

export interface PageProps {
  params: Record<string, string>;
  query: URLSearchParams;
}

export type NavGroup = 'overview' | 'organisation' | 'study' | 'cellLife' | 'oversight' | 'admin';

/** Menu groups in display order, with their titles. */
export const NAV_GROUPS: ReadonlyArray<{ key: NavGroup; labelKey: MessageKey }> = [
  { key: 'overview', labelKey: 'nav.group.overview' },
  { key: 'organisation', labelKey: 'nav.group.organisation' },
  { key: 'study', labelKey: 'nav.group.study' },
  { key: 'cellLife', labelKey: 'nav.group.cellLife' },
  { key: 'oversight', labelKey: 'nav.group.oversight' },
  { key: 'admin', labelKey: 'nav.group.admin' },
];

export interface NavEntry {
  /** Unique; also the menu key. */
  key: string;
  path: string;
  labelKey: MessageKey;
  icon?: ReactNode;
  roles: readonly Role[] | 'any';
  group: NavGroup;
  order?: number;
  /** false: routable, not in the menu. Default true. */
  menu?: boolean;
  page: ComponentType<PageProps> | LazyExoticComponent<ComponentType<PageProps>>;
}

/** Staff roles (the API's STAFF): everyone working on the data of an organisation subtree. */
export const STAFF: readonly Role[] = [
  'ADMIN',
  'PROPAGANDA_BOARD',
  'ORGANISATION_BOARD',
  'INSPECTION_COMMISSION',
  'COMMITTEE_OFFICE',
  'CELL_SECRETARY',
];
/** Who reads reports (report.read): staff except cell secretaries. */
export const REPORT_READERS: readonly Role[] = ['ADMIN', 'PROPAGANDA_BOARD', 'ORGANISATION_BOARD', 'INSPECTION_COMMISSION', 'COMMITTEE_OFFICE'];
/** Who writes campaigns (campaign.write). */
export const CAMPAIGN_WRITERS: readonly Role[] = ['ADMIN', 'PROPAGANDA_BOARD', 'COMMITTEE_OFFICE'];

const page = <K extends string>(load: () => Promise<Record<K, ComponentType<PageProps>>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

export const NAVIGATION: NavEntry[] = [
  // ---------------------------------------------------------------- S1: shell, study, reports
  {
    key: 'dashboard',
    path: '/dashboard',
    labelKey: 'nav.dashboard',
    icon: <DashboardOutlined />,
    roles: STAFF,
    group: 'overview',
    order: 0,
    page: page(() => import('../modules/dashboard'), 'DashboardPage'),
  },
  {
    key: 'organisations',
    path: '/organisations',
    labelKey: 'nav.organisations',
    icon: <ClusterOutlined />,
    roles: STAFF,
    group: 'organisation',
    order: 0,
    page: page(() => import('../modules/organisations'), 'OrganisationTreePage'),
  },
  {
    key: 'campaigns',
    path: '/campaigns',
    labelKey: 'nav.campaigns',
    icon: <FlagOutlined />,
    roles: STAFF,
    group: 'study',
    order: 0,
    page: page(() => import('../modules/campaigns'), 'CampaignsPage'),
  },
  {
    key: 'campaign',
    path: '/campaigns/:id',
    labelKey: 'nav.campaigns',
    roles: STAFF,
    group: 'study',
    menu: false,
    page: page(() => import('../modules/campaigns'), 'CampaignDetailPage'),
  },
  {
    key: 'sessions',
    path: '/sessions',
    labelKey: 'nav.sessions',
    icon: <CalendarOutlined />,
    roles: STAFF,
    group: 'study',
    order: 10,
    page: page(() => import('../modules/sessions'), 'SessionsPage'),
  },
  {
    key: 'session',
    path: '/sessions/:id',
    labelKey: 'nav.sessions',
    roles: STAFF,
    group: 'study',
    menu: false,
    page: page(() => import('../modules/sessions'), 'SessionDetailPage'),
  },
  {
    key: 'rollCall',
    path: '/sessions/:id/roll-call',
    labelKey: 'nav.rollCall',
    roles: STAFF,
    group: 'study',
    menu: false,
    page: page(() => import('../modules/sessions'), 'RollCallPage'),
  },
  {
    key: 'essays',
    path: '/essays',
    labelKey: 'nav.essays',
    icon: <EditOutlined />,
    roles: STAFF,
    group: 'study',
    order: 20,
    page: page(() => import('../modules/essays'), 'EssayQueuePage'),
  },
  {
    key: 'reports',
    path: '/reports',
    labelKey: 'nav.reports',
    icon: <BarChartOutlined />,
    roles: REPORT_READERS,
    group: 'oversight',
    order: 0,
    page: page(() => import('../modules/reports'), 'ReportsPage'),
  },
  {
    key: 'report',
    path: '/reports/:id',
    labelKey: 'nav.reports',
    roles: REPORT_READERS,
    group: 'oversight',
    menu: false,
    page: page(() => import('../modules/reports'), 'ReportDetailPage'),
  },
  // ---------------------------------------------------------------- S2: add your entries below
  {
    key: 'members',
    path: '/members',
    labelKey: 'members.title',
    icon: <TeamOutlined />,
    roles: STAFF,
    group: 'organisation',
    order: 10,
    page: page(() => import('../modules/members'), 'MembersPage'),
  },
  {
    key: 'programmes',
    path: '/programmes',
    labelKey: 'programmes.title',
    icon: <ScheduleOutlined />,
    roles: STAFF,
    group: 'study',
    order: 50,
    page: page(() => import('../modules/programmes'), 'ProgrammesPage'),
  },
  {
    key: 'plans',
    path: '/plans',
    labelKey: 'plans.title',
    icon: <SolutionOutlined />,
    roles: STAFF,
    group: 'study',
    order: 60,
    page: page(() => import('../modules/plans'), 'PlansPage'),
  },
  {
    key: 'speakers',
    path: '/speakers',
    labelKey: 'speakers.title',
    icon: <SoundOutlined />,
    roles: STAFF,
    group: 'study',
    order: 70,
    page: page(() => import('../modules/speakers'), 'SpeakersPage'),
  },
  {
    key: 'cell-meetings',
    path: '/cell-meetings',
    labelKey: 'cell.title',
    icon: <CarryOutOutlined />,
    roles: STAFF,
    group: 'cellLife',
    order: 10,
    page: page(() => import('../modules/cell-life'), 'CellMeetingsPage'),
  },
  {
    key: 'ratings',
    path: '/ratings',
    labelKey: 'ratings.title',
    icon: <TrophyOutlined />,
    roles: STAFF,
    group: 'cellLife',
    order: 20,
    page: page(() => import('../modules/cell-life'), 'RatingsPage'),
  },
  {
    key: 'inspections',
    path: '/inspections',
    labelKey: 'insp.title',
    icon: <SafetyCertificateOutlined />,
    roles: STAFF,
    group: 'oversight',
    order: 20,
    page: page(() => import('../modules/inspections'), 'InspectionsPage'),
  },
  {
    key: 'users',
    path: '/admin/users',
    labelKey: 'admin.users.title',
    icon: <UserSwitchOutlined />,
    roles: ['ADMIN'],
    group: 'admin',
    order: 10,
    page: page(() => import('../modules/admin'), 'UsersPage'),
  },
  {
    key: 'audit',
    path: '/admin/audit',
    labelKey: 'admin.audit.title',
    icon: <AuditOutlined />,
    roles: ['ADMIN', 'INSPECTION_COMMISSION'],
    group: 'admin',
    order: 20,
    page: page(() => import('../modules/admin'), 'AuditLogPage'),
  },
];

/** May a user holding `roles` open this entry? */
export function allowed(entry: NavEntry, roles: ReadonlySet<Role>): boolean {
  return entry.roles === 'any' || entry.roles.some((r) => roles.has(r));
}

/** The entries a user sees, in menu order. */
export function visibleEntries(roles: ReadonlySet<Role>, entries: readonly NavEntry[] = NAVIGATION): NavEntry[] {
  const groupIndex = new Map(NAV_GROUPS.map((g, i) => [g.key, i]));
  return entries
    .filter((e) => allowed(e, roles))
    .sort((a, b) => (groupIndex.get(a.group) ?? 0) - (groupIndex.get(b.group) ?? 0) || (a.order ?? 100) - (b.order ?? 100));
}

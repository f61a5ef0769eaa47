import { Role } from '@qt/shared-domain';
import { PolicyRule } from './types';

/**
 * Annual compliance reports (báo cáo kết quả học tập, quán triệt), domain.md §10-§11.
 * - The Propaganda Board (Ban Tuyên giáo) runs reports; committee offices (Văn phòng cấp ủy) run and submit
 *   their own committee's; the Organisation Board and the Inspection Commission read them (ratings,
 *   inspections sampling). Cell secretaries, members and speakers have no report operations.
 * - Submitting needs the role AT the report's root organisation (or ADMIN above it): the committee sends its
 *   own report. Accepting or returning needs a scope covering the PARENT of the root: the committee above
 *   decides, never the root itself. The service checks both.
 */
const RUN = [Role.ADMIN, Role.PROPAGANDA_BOARD, Role.COMMITTEE_OFFICE] as const;

export const REPORTS_POLICIES = {
  'report.read': {
    roles: [Role.ADMIN, Role.PROPAGANDA_BOARD, Role.ORGANISATION_BOARD, Role.INSPECTION_COMMISSION, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Read report jobs and snapshots of root organisations in the subtree (versions, rows, below-target list)',
    clientScopes: ['reports:read'],
  },
  'report.export': {
    roles: [Role.ADMIN, Role.PROPAGANDA_BOARD, Role.ORGANISATION_BOARD, Role.INSPECTION_COMMISSION, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Download a snapshot of a root organisation in the subtree as XLSX (sheets per level) or DOCX (the Party report)',
  },
  'report.generate': {
    roles: RUN,
    scope: 'subtree',
    description: 'Request the computation of an annual report for an organisation of the subtree (a new version)',
  },
  'report.submit': {
    roles: RUN,
    scope: 'subtree',
    description: "Submit a draft snapshot of your own organisation's report to the parent committee",
  },
  'report.review': {
    roles: RUN,
    scope: 'subtree',
    description: 'Accept or return (with a comment) the submitted reports of directly or indirectly subordinate committees',
  },
} as const satisfies Record<string, PolicyRule>;

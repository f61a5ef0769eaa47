import { Role } from '@qt/shared-domain';
import { ALL_ROLES, PolicyRule, STAFF } from './types';

/**
 * Policies of the cell-life module (seed 002). A CELL_SECRETARY holds the role
 * at their cell, so the subtree scope limits them to that cell.
 */
export const CELL_LIFE_POLICIES = {
  'cellMeeting.read': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Read cell meetings (sinh hoạt chi bộ), attendance, compliance calendars and summaries',
  },
  'cellMeeting.write': {
    roles: [Role.ADMIN, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY],
    scope: 'subtree',
    description: 'Record and edit cell meetings and their attendance',
  },
  'cellMeeting.readOwn': {
    roles: ALL_ROLES,
    scope: 'self',
    description: 'Read the meetings of the cells you belonged to on the meeting dates, with your own attendance',
  },
  'cellCheck.read': { roles: STAFF, scope: 'subtree', description: 'Read six-monthly checks of cells and the cells not checked' },
  'cellCheck.write': {
    roles: [Role.ADMIN, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE, Role.INSPECTION_COMMISSION],
    scope: 'subtree',
    description: 'Record the six-monthly check (kiểm tra chi bộ 6 tháng) of a cell by an upper committee',
  },
  'registration.read': { roles: STAFF, scope: 'subtree', description: 'Read start-of-year registrations (đăng ký phấn đấu)' },
  'registration.write': {
    roles: [Role.ADMIN, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY],
    scope: 'subtree',
    description: "Register a cell's target rating, or a member's tasks and target, for a year",
  },
  'registration.writeOwnResult': {
    roles: ALL_ROLES,
    scope: 'self',
    description: 'Write the year-end result of your own registered tasks (self-assessment), until you are rated',
  },
  'rating.read': {
    roles: STAFF,
    scope: 'subtree',
    description: 'Read year-end ratings, their distribution and the inputs of the rating screen',
  },
  'rating.readOwn': {
    roles: ALL_ROLES,
    scope: 'self',
    description: 'Read your own rating screen for a year: study, essays, cell-meeting attendance, registration, task result, rating',
  },
  'rating.writeOrganisation': {
    roles: [Role.ADMIN, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE],
    scope: 'subtree',
    description: 'Rate an organisation for a year (held at an upper organisation: nobody rates their own)',
  },
  'rating.writeMember': {
    roles: [Role.ADMIN, Role.ORGANISATION_BOARD, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY],
    scope: 'subtree',
    description: 'Rate a member for a year (a cell secretary: the members of their cell)',
  },
} as const satisfies Record<string, PolicyRule>;

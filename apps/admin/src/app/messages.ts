/**
 * Dictionaries of the shell and the screens owned by this group of modules (dashboard,
 * campaigns, sessions and roll call, essays, reports), merged into src/i18n/dictionaries.ts.
 * Vietnamese first; each module's English must have every key.
 */
import * as campaigns from '../modules/campaigns/messages';
import * as dashboard from '../modules/dashboard/messages';
import * as essays from '../modules/essays/messages';
import * as reports from '../modules/reports/messages';
import * as sessions from '../modules/sessions/messages';
import * as shell from './shell-messages';

export const S1_VI = {
  ...shell.vi,
  ...campaigns.vi,
  ...sessions.vi,
  ...essays.vi,
  ...dashboard.vi,
  ...reports.vi,
} as const;

export const S1_EN: Record<keyof typeof S1_VI, string> = {
  ...shell.en,
  ...campaigns.en,
  ...sessions.en,
  ...essays.en,
  ...dashboard.en,
  ...reports.en,
};

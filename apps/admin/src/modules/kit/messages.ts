/**
 * Dictionaries of the screens owned by this group of modules (organisation detail, members,
 * speakers, programmes, plans, cell life, inspections, administration), merged into
 * src/i18n/dictionaries.ts. Vietnamese first; each module's English must have every key.
 */
import * as members from '../members/messages';
import * as programmes from '../programmes/messages';
import * as organisations from '../organisations/messages';
import * as plans from '../plans/messages';
import * as admin from '../admin/messages';
import * as speakers from '../speakers/messages';
import * as cellLife from '../cell-life/messages';
import * as inspections from '../inspections/messages';
import * as kit from './kit-messages';

export const S2_VI = {
  ...kit.vi,
  ...members.vi,
  ...programmes.vi,
  ...organisations.vi,
  ...plans.vi,
  ...admin.vi,
  ...speakers.vi,
  ...cellLife.vi,
  ...inspections.vi,
} as const;

export const S2_EN: Record<keyof typeof S2_VI, string> = {
  ...kit.en,
  ...members.en,
  ...programmes.en,
  ...organisations.en,
  ...plans.en,
  ...admin.en,
  ...speakers.en,
  ...cellLife.en,
  ...inspections.en,
};

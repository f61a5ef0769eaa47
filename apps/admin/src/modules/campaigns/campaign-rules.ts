import type { MessageKey } from '../../i18n';

/** The campaign form's values, dates as yyyy-MM-dd (null when empty). */
export interface CampaignFormValues {
  startsOn: string | null;
  reportDueOn: string | null;
  expectedDurationMinutes: number | null;
  discussionMinutes: number | null;
  essayPolicy: 'ALL_ATTENDEES' | 'KEY_LEADERS_ONLY' | 'NONE';
  essayDueOn: string | null;
  programmeRequired: boolean;
  programmeDueOn: string | null;
  programmeLevels: string[];
  personalPlansRequired: boolean;
  personalPlansDueOn: string | null;
  levels: Array<{ level: string | null; deadline: string | null }>;
}

export interface RuleError {
  /** antd field path, e.g. ['levels', 0, 'deadline']. */
  name: Array<string | number>;
  key: MessageKey;
}

/**
 * The cross-field rules of a campaign as the API applies them
 * (libs/server/campaigns campaign-rules.ts), checked before sending so the user
 * sees every problem on its field at once. The API remains the authority.
 */
export function campaignFormErrors(v: CampaignFormValues): RuleError[] {
  const errors: RuleError[] = [];
  const add = (name: Array<string | number>, key: MessageKey) => errors.push({ name, key });
  const ordered = !!v.startsOn && !!v.reportDueOn && v.reportDueOn >= v.startsOn;
  const within = (name: Array<string | number>, date: string | null) => {
    if (ordered && date && (date < (v.startsOn as string) || date > (v.reportDueOn as string))) add(name, 'campaign.rule.within');
  };

  if (v.startsOn && v.reportDueOn && v.reportDueOn < v.startsOn) add(['reportDueOn'], 'campaign.rule.reportBeforeStart');
  if (v.discussionMinutes != null && v.expectedDurationMinutes != null && v.discussionMinutes > v.expectedDurationMinutes) {
    add(['discussionMinutes'], 'campaign.rule.discussionTooLong');
  }
  if (v.levels.length === 0) add(['levels'], 'campaign.rule.oneLevel');
  const seen = new Set<string>();
  v.levels.forEach((l, i) => {
    if (l.level && seen.has(l.level)) add(['levels', i, 'level'], 'campaign.rule.levelTwice');
    if (l.level) seen.add(l.level);
    within(['levels', i, 'deadline'], l.deadline);
  });
  if (v.essayPolicy !== 'NONE') {
    if (!v.essayDueOn) add(['essayDueOn'], 'campaign.rule.essayDueRequired');
    else within(['essayDueOn'], v.essayDueOn);
  }
  if (v.programmeRequired) {
    if (!v.programmeDueOn) add(['programmeDueOn'], 'campaign.rule.programmeDueRequired');
    else within(['programmeDueOn'], v.programmeDueOn);
    if (v.programmeLevels.length === 0) add(['programmeLevels'], 'campaign.rule.programmeLevelsRequired');
  }
  if (v.personalPlansRequired) {
    if (!v.personalPlansDueOn) add(['personalPlansDueOn'], 'campaign.rule.plansDueRequired');
    else within(['personalPlansDueOn'], v.personalPlansDueOn);
  }
  return errors;
}

/** An API field path (`levels.0.deadline`, `input.essayDueOn`) as an antd name path. */
export function apiFieldToName(field: string): Array<string | number> {
  return field
    .replace(/^input\./, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

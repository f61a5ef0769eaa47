import { AppException, ErrorCode, FieldError } from '@qt/server-core';
import { OrganisationKind } from '@qt/shared-domain';
import { EssayPolicy, LEVEL_RANK } from '../common/enums';

/** A campaign's settings as the rules see them (after merging an update into the stored draft). */
export interface CampaignSettings {
  startsOn: string;
  reportDueOn: string;
  expectedDurationMinutes: number;
  discussionMinutes: number;
  essayPolicy: EssayPolicy;
  essayDueOn: string | null;
  programmeRequired: boolean;
  programmeDueOn: string | null;
  programmeLevels: OrganisationKind[];
  personalPlansRequired: boolean;
  personalPlansDueOn: string | null;
  levels: { level: OrganisationKind; deadline: string }[];
}

/**
 * The rules across fields of a campaign (seed 004 II, seed 000 III): every
 * date lies within startsOn..reportDueOn, an essay due date exactly when
 * essays are asked for, a programme due date and levels exactly when a
 * programme is required, a personal-plan due date exactly when plans are
 * required, one rule per level and no level above the issuer. Returns every
 * broken rule with the field it concerns (empty when coherent).
 */
export function campaignRuleErrors(c: CampaignSettings, issuerKind: OrganisationKind): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, messages: [message] });
  const within = (field: string, date: string | null) => {
    if (date && (date < c.startsOn || date > c.reportDueOn)) {
      add(field, `${field} must lie between startsOn (${c.startsOn}) and reportDueOn (${c.reportDueOn})`);
    }
  };

  if (c.reportDueOn < c.startsOn) add('reportDueOn', 'reportDueOn must not be before startsOn');
  if (c.discussionMinutes > c.expectedDurationMinutes) {
    add('discussionMinutes', 'discussionMinutes must not exceed expectedDurationMinutes');
  }

  const seen = new Set<string>();
  c.levels.forEach((l, i) => {
    if (seen.has(l.level)) add(`levels.${i}.level`, `level ${l.level} is given twice`);
    seen.add(l.level);
    if (LEVEL_RANK[l.level] < LEVEL_RANK[issuerKind]) {
      add(`levels.${i}.level`, `level ${l.level} lies above the issuer (${issuerKind})`);
    }
    if (c.reportDueOn >= c.startsOn) within(`levels.${i}.deadline`, l.deadline);
  });

  if (c.essayPolicy === EssayPolicy.NONE) {
    if (c.essayDueOn) add('essayDueOn', 'essayDueOn must be empty when essayPolicy is NONE');
  } else if (!c.essayDueOn) {
    add('essayDueOn', 'essayDueOn is required when essays are asked for');
  } else if (c.reportDueOn >= c.startsOn) {
    within('essayDueOn', c.essayDueOn);
  }

  if (c.programmeRequired) {
    if (!c.programmeDueOn) add('programmeDueOn', 'programmeDueOn is required when an action programme is required');
    else if (c.reportDueOn >= c.startsOn) within('programmeDueOn', c.programmeDueOn);
    if (c.programmeLevels.length === 0) add('programmeLevels', 'programmeLevels must name at least one level');
  } else {
    if (c.programmeDueOn) add('programmeDueOn', 'programmeDueOn must be empty when no action programme is required');
    if (c.programmeLevels.length > 0) add('programmeLevels', 'programmeLevels must be empty when no action programme is required');
  }

  if (c.personalPlansRequired) {
    if (!c.personalPlansDueOn) add('personalPlansDueOn', 'personalPlansDueOn is required when personal plans are required');
    else if (c.reportDueOn >= c.startsOn) within('personalPlansDueOn', c.personalPlansDueOn);
  } else if (c.personalPlansDueOn) {
    add('personalPlansDueOn', 'personalPlansDueOn must be empty when no personal plans are required');
  }
  return errors;
}

/** Throws 422 naming every broken rule's field. */
export function assertCoherent(c: CampaignSettings, issuerKind: OrganisationKind): void {
  const errors = campaignRuleErrors(c, issuerKind);
  if (errors.length > 0) {
    throw new AppException(
      ErrorCode.UNPROCESSABLE,
      `The campaign is not coherent: ${errors.map((e) => e.messages[0]).slice(0, 5).join('; ')}`,
      errors,
    );
  }
}

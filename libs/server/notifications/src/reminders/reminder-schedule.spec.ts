import { JOBS } from '@qt/server-core';
import { allReminderJobIds, formatVnDate, parseReminderDays, planReminders, reminderInstant } from './reminder-schedule';

const campaign = {
  id: 'c1',
  levels: [
    { level: 'GRASSROOTS', deadline: '2026-07-31' },
    { level: 'UPPER_GRASSROOTS', deadline: '2026-07-20' },
  ],
  essayDueOn: '2026-08-15',
};

describe('reminder schedule (nhắc hạn)', () => {
  it('reads REMINDER_DAYS_BEFORE as distinct day counts, largest first', () => {
    expect(parseReminderDays('7,3,1')).toEqual([7, 3, 1]);
    expect(parseReminderDays('1,7,7,3')).toEqual([7, 3, 1]);
  });

  it('reminds at 08:00 Asia/Ho_Chi_Minh (01:00 UTC) N calendar days before, across month and year ends', () => {
    expect(reminderInstant('2026-07-31', 7).toISOString()).toBe('2026-07-24T01:00:00.000Z');
    expect(reminderInstant('2026-08-02', 3).toISOString()).toBe('2026-07-30T01:00:00.000Z');
    expect(reminderInstant('2027-01-01', 1).toISOString()).toBe('2026-12-31T01:00:00.000Z');
    expect(reminderInstant('2028-03-01', 1).toISOString()).toBe('2028-02-29T01:00:00.000Z');
    expect(reminderInstant('2026-07-31', 0).toISOString()).toBe('2026-07-31T01:00:00.000Z');
  });

  it('plans one job per level deadline and per essay due date for each day count, in time order', () => {
    const planned = planReminders(campaign, [7, 3, 1], new Date('2026-06-01T00:00:00Z'));
    expect(planned).toHaveLength(9);
    expect(planned.map((p) => [p.name, p.jobId, p.runAt.toISOString()])).toEqual([
      [JOBS.campaignDeadlineReminder, 'campaign-deadline.c1.UPPER_GRASSROOTS.7d', '2026-07-13T01:00:00.000Z'],
      [JOBS.campaignDeadlineReminder, 'campaign-deadline.c1.UPPER_GRASSROOTS.3d', '2026-07-17T01:00:00.000Z'],
      [JOBS.campaignDeadlineReminder, 'campaign-deadline.c1.UPPER_GRASSROOTS.1d', '2026-07-19T01:00:00.000Z'],
      [JOBS.campaignDeadlineReminder, 'campaign-deadline.c1.GRASSROOTS.7d', '2026-07-24T01:00:00.000Z'],
      [JOBS.campaignDeadlineReminder, 'campaign-deadline.c1.GRASSROOTS.3d', '2026-07-28T01:00:00.000Z'],
      [JOBS.campaignDeadlineReminder, 'campaign-deadline.c1.GRASSROOTS.1d', '2026-07-30T01:00:00.000Z'],
      [JOBS.essayDueReminder, 'essay-due.c1.7d', '2026-08-08T01:00:00.000Z'],
      [JOBS.essayDueReminder, 'essay-due.c1.3d', '2026-08-12T01:00:00.000Z'],
      [JOBS.essayDueReminder, 'essay-due.c1.1d', '2026-08-14T01:00:00.000Z'],
    ]);
    expect(planned[0].data).toEqual({ campaignId: 'c1', level: 'UPPER_GRASSROOTS', deadline: '2026-07-20', daysBefore: 7 });
    expect(planned[8].data).toEqual({ campaignId: 'c1', dueOn: '2026-08-15', daysBefore: 1 });
  });

  it('skips instants already past (08:00 of today included once it has gone by)', () => {
    // 2026-07-28 09:00 in Hà Nội: the 3-day reminder of the grassroots deadline went out an hour ago.
    const planned = planReminders(campaign, [7, 3, 1], new Date('2026-07-28T02:00:00Z'));
    expect(planned.map((p) => p.jobId)).toEqual([
      'campaign-deadline.c1.GRASSROOTS.1d',
      'essay-due.c1.7d',
      'essay-due.c1.3d',
      'essay-due.c1.1d',
    ]);
    // 07:59 the same day: it is still ahead.
    const before = planReminders(campaign, [3], new Date('2026-07-28T00:59:00Z'));
    expect(before.map((p) => p.jobId)).toEqual(['campaign-deadline.c1.GRASSROOTS.3d', 'essay-due.c1.3d']);
  });

  it('plans no essay reminders when the campaign asks for no essays, nothing once every date is past', () => {
    expect(planReminders({ ...campaign, essayDueOn: null }, [1], new Date('2026-06-01T00:00:00Z')).map((p) => p.name))
      .toEqual([JOBS.campaignDeadlineReminder, JOBS.campaignDeadlineReminder]);
    expect(planReminders(campaign, [7, 3, 1], new Date('2026-09-01T00:00:00Z'))).toEqual([]);
  });

  it('job ids have no ":" (BullMQ custom ids) and cover every level for clearing', () => {
    const ids = allReminderJobIds('c1', [7, 3, 1]);
    expect(ids).toHaveLength(15);
    expect(ids.every((id) => !id.includes(':'))).toBe(true);
    for (const p of planReminders(campaign, [7, 3, 1], new Date('2026-06-01T00:00:00Z'))) expect(ids).toContain(p.jobId);
  });

  it('prints dates the Vietnamese way', () => {
    expect(formatVnDate('2026-07-05')).toBe('05/07/2026');
  });
});

import { attendanceStatus } from './attendance-rules';

describe('attendance status from check-in and check-out', () => {
  const session = { startsAt: new Date('2026-06-15T01:00:00Z'), endsAt: new Date('2026-06-15T05:00:00Z') };
  const at = (hhmm: string) => new Date(`2026-06-15T${hhmm}:00Z`);

  it('is PRESENT up to 15 minutes after the start, LATE after', () => {
    expect(attendanceStatus(session, at('00:45'))).toBe('PRESENT');
    expect(attendanceStatus(session, at('01:15'))).toBe('PRESENT');
    expect(attendanceStatus(session, at('01:16'))).toBe('LATE');
  });

  it('is LEFT_EARLY when leaving more than 15 minutes before the end, even when late', () => {
    expect(attendanceStatus(session, at('01:00'), at('04:45'))).toBe('PRESENT');
    expect(attendanceStatus(session, at('01:00'), at('04:44'))).toBe('LEFT_EARLY');
    expect(attendanceStatus(session, at('01:30'), at('03:00'))).toBe('LEFT_EARLY');
    expect(attendanceStatus(session, at('01:30'), null)).toBe('LATE');
  });
});

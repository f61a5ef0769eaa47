import { screen, waitFor } from '@testing-library/react';
import { authClient } from '../auth';
import { gqlData, installFakeApi, tokens } from '../../test/fake-api';
import { renderWithI18n } from '../../test/render';
import { RollCallBoard } from './RollCallBoard';

const counters = (present: number, late = 0, pointPresent = 0) => ({
  expected: 40,
  present,
  late,
  leftEarly: 0,
  excused: 1,
  unexcused: 0,
  unmarked: 40 - present - late - 1,
  byConnectionPoint: [
    { connectionPointId: 'cp-1', expected: 10, present: pointPresent, late: 0, leftEarly: 0, excused: 0, unexcused: 0, unmarked: 10 - pointPresent },
  ],
});

describe('RollCallBoard', () => {
  beforeEach(() => {
    authClient.reset();
    authClient.setSession(tokens(1));
  });

  it('shows the rotating code as text and QR, replaces it when it expires, and follows check-ins', async () => {
    const codes = ['482913', '105577'];
    let codeCalls = 0;
    let counterCalls = 0;
    const api = installFakeApi({
      graphql: {
        RollCallBoard: () => {
          const code = codes[Math.min(codeCalls, codes.length - 1)];
          codeCalls += 1;
          // The first code expires almost at once; the board must fetch the next one by itself.
          const validUntil = new Date(Date.now() + (codeCalls === 1 ? 200 : 60_000)).toISOString();
          return gqlData({ sessionCheckInCode: { code, payload: `qt:s-1::${code}`, ttlSeconds: 30, validUntil } });
        },
        RollCallCounters: () => {
          counterCalls += 1;
          // Two members check in between the first and the later polls.
          return gqlData({ studySession: { id: 's-1', status: 'PLANNED', counters: counterCalls === 1 ? counters(0) : counters(1, 1) } });
        },
      },
    });

    renderWithI18n(<RollCallBoard sessionId="s-1" placeName="Hội trường A" pollMs={50} />);

    expect(await screen.findByTestId('checkin-code')).toHaveTextContent('482913');
    expect(screen.getByTestId('checkin-qr')).toHaveAttribute('data-payload', 'qt:s-1::482913');
    expect(screen.getByText('Mã điểm danh — Hội trường A')).toBeVisible();
    await waitFor(() => expect(screen.getByTestId('counter-expected')).toHaveTextContent('40'));

    // Rotation: a new code replaces the expired one without a reload.
    await waitFor(() => expect(screen.getByTestId('checkin-code')).toHaveTextContent('105577'), { timeout: 4000 });
    expect(screen.getByTestId('checkin-qr')).toHaveAttribute('data-payload', 'qt:s-1::105577');

    // Counters follow the check-ins: present + late are "checked in".
    await waitFor(() => expect(screen.getByTestId('counter-checkedIn')).toHaveTextContent('2'));
    expect(screen.getByTestId('counter-PRESENT')).toHaveTextContent('1');
    expect(screen.getByTestId('counter-LATE')).toHaveTextContent('1');
    expect(screen.getByTestId('counter-unmarked')).toHaveTextContent('37');
    expect(api.ops('RollCallBoard')[0].variables).toEqual({ sessionId: 's-1', connectionPointId: null });
    expect(api.ops('RollCallCounters').length).toBeGreaterThan(1);
  });

  it('at a connection point shows that point’s code and only its counters', async () => {
    const api = installFakeApi({
      graphql: {
        RollCallBoard: () =>
          gqlData({ sessionCheckInCode: { code: '777001', payload: 'qt:s-1:cp-1:777001', ttlSeconds: 30, validUntil: new Date(Date.now() + 60_000).toISOString() } }),
        RollCallCounters: () => gqlData({ studySession: { id: 's-1', status: 'PLANNED', counters: counters(20, 3, 4) } }),
      },
    });

    renderWithI18n(<RollCallBoard sessionId="s-1" connectionPointId="cp-1" placeName="Điểm cầu Bộ Tài chính" pollMs={1000} />);

    expect(await screen.findByTestId('checkin-code')).toHaveTextContent('777001');
    await waitFor(() => expect(screen.getByTestId('counter-expected')).toHaveTextContent('10'));
    expect(screen.getByTestId('counter-checkedIn')).toHaveTextContent('4');
    expect(screen.getByTestId('counter-unmarked')).toHaveTextContent('6');
    expect(api.ops('RollCallBoard')[0].variables).toEqual({ sessionId: 's-1', connectionPointId: 'cp-1' });
  });

  it('tells the staff why no code is shown (e.g. the session is closed)', async () => {
    installFakeApi({
      graphql: {
        RollCallBoard: () =>
          new Response(JSON.stringify({ data: null, errors: [{ message: 'The session is CLOSED', extensions: { code: 'CONFLICT' } }] }), {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          }),
        RollCallCounters: () => gqlData({ studySession: { id: 's-1', status: 'CLOSED', counters: counters(0) } }),
      },
    });

    renderWithI18n(<RollCallBoard sessionId="s-1" placeName="Hội trường A" pollMs={1000} />);

    expect(await screen.findByText('The session is CLOSED')).toBeVisible();
    expect(screen.queryByTestId('checkin-code')).not.toBeInTheDocument();
  });
});

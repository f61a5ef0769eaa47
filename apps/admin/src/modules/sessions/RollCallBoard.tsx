import { Alert, Card, Col, QRCode, Row, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { gql } from '../../graphql/client';
import type { CountersFragment, RollCallBoardQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n';
import { errorText } from '../kit/api';
import { CHECK_IN_CODE_QUERY, COUNTERS_QUERY } from './graphql';

type Code = RollCallBoardQuery['sessionCheckInCode'];
type PointCounters = Omit<CountersFragment, 'byConnectionPoint'>;

/** The counters of the venue (all participants) or of one connection point. */
export function countersFor(all: CountersFragment, connectionPointId: string | null): PointCounters {
  if (!connectionPointId) return all;
  const point = all.byConnectionPoint.find((c) => c.connectionPointId === connectionPointId);
  return point ?? { expected: 0, present: 0, late: 0, leftEarly: 0, excused: 0, unexcused: 0, unmarked: 0 };
}

/** Re-reads the rotating code when the shown one stops being shown (validUntil), at the earliest after 1 s. */
function useRotatingCode(sessionId: string, connectionPointId: string | null) {
  const [code, setCode] = useState<Code | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    gql(CHECK_IN_CODE_QUERY, { sessionId, connectionPointId }).then(
      (d) => {
        if (!live) return;
        setCode(d.sessionCheckInCode);
        setError(null);
        const wait = Math.max(1000, new Date(d.sessionCheckInCode.validUntil).getTime() - Date.now() + 250);
        timer = setTimeout(() => setGeneration((g) => g + 1), wait);
      },
      (e) => {
        if (!live) return;
        setError(errorText(e));
        timer = setTimeout(() => setGeneration((g) => g + 1), 10_000);
      },
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sessionId, connectionPointId, generation]);
  return { code, error };
}

/** Polls the roll-call counters while the screen is open. */
function useCounters(sessionId: string, pollMs: number) {
  const [counters, setCounters] = useState<CountersFragment | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      gql(COUNTERS_QUERY, { id: sessionId })
        .then((d) => live && setCounters(d.studySession.counters))
        .catch(() => undefined)
        .finally(() => {
          if (live) timer = setTimeout(tick, pollMs);
        });
    };
    tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sessionId, pollMs]);
  return counters;
}

function useSecondsLeft(until: string | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!until) return null;
  return Math.max(0, Math.ceil((new Date(until).getTime() - now) / 1000));
}

/**
 * The live roll-call screen of a venue or connection point (điểm cầu): the
 * rotating check-in code as a QR code and as text, replaced when it expires,
 * and counters that follow the check-ins (polled).
 */
export function RollCallBoard({
  sessionId,
  connectionPointId = null,
  placeName,
  pollMs = 3000,
}: {
  sessionId: string;
  connectionPointId?: string | null;
  placeName: string;
  pollMs?: number;
}) {
  const t = useT();
  const { code, error } = useRotatingCode(sessionId, connectionPointId);
  const all = useCounters(sessionId, pollMs);
  const secondsLeft = useSecondsLeft(code?.validUntil);
  const c = all ? countersFor(all, connectionPointId) : null;
  const checkedIn = c ? c.present + c.late + c.leftEarly : 0;

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} lg={10}>
        <Card title={t('rollCall.codeTitle', { place: placeName })}>
          {error && <Alert type="warning" showIcon title={error} style={{ marginBottom: 16 }} />}
          {code && (
            <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 16 }}>
              <QRCode type="svg" value={code.payload} size={280} aria-label={t('rollCall.qr')} errorLevel="M" data-testid="checkin-qr" data-payload={code.payload} />
              <Typography.Text style={{ fontSize: 44, fontFamily: 'monospace', letterSpacing: 6 }} data-testid="checkin-code" aria-label={t('rollCall.code')}>
                {code.code}
              </Typography.Text>
              {secondsLeft !== null && (
                <Typography.Text type="secondary" aria-live="polite">
                  {t('rollCall.rotates', { seconds: secondsLeft })}
                </Typography.Text>
              )}
            </div>
          )}
        </Card>
      </Col>
      <Col xs={24} lg={14}>
        <Card title={t('rollCall.counters')}>
          <Row gutter={[16, 16]} aria-live="polite" data-testid="rollcall-counters">
            <Col span={8} data-testid="counter-expected">
              <Statistic title={t('rollCall.expected')} value={c?.expected ?? '—'} />
            </Col>
            <Col span={8} data-testid="counter-checkedIn">
              <Statistic title={t('rollCall.checkedIn')} value={c ? checkedIn : '—'} styles={{ content: { color: '#237804' } }} />
            </Col>
            <Col span={8} data-testid="counter-unmarked">
              <Statistic title={t('rollCall.unmarked')} value={c?.unmarked ?? '—'} />
            </Col>
            <Col span={6} data-testid="counter-PRESENT">
              <Statistic title={t('attendance.PRESENT')} value={c?.present ?? '—'} />
            </Col>
            <Col span={6} data-testid="counter-LATE">
              <Statistic title={t('attendance.LATE')} value={c?.late ?? '—'} />
            </Col>
            <Col span={6} data-testid="counter-EXCUSED">
              <Statistic title={t('attendance.EXCUSED')} value={c?.excused ?? '—'} />
            </Col>
            <Col span={6} data-testid="counter-UNEXCUSED">
              <Statistic title={t('attendance.UNEXCUSED')} value={c?.unexcused ?? '—'} />
            </Col>
          </Row>
        </Card>
      </Col>
    </Row>
  );
}

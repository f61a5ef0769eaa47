/**
 * Builders for the reporters (speakers) tests, written straight to
 * PostgreSQL: trainings, assignments, and a speaker's place on a session
 * (session_speakers is the sessions module's table; tests insert rows directly).
 */
import { TestApp } from './test-app';

export async function insertTraining(t: TestApp, speakerId: string, heldOn: string, title = 'Tập huấn nghiệp vụ báo cáo viên') {
  const [row] = await t.query<{ id: string }>(
    `INSERT INTO speaker_trainings (speaker_id, title, organiser, held_on) VALUES ($1, $2, 'Ban Tuyên giáo Đảng ủy Khối', $3) RETURNING id`,
    [speakerId, title, heldOn],
  );
  return row;
}

export async function assignSpeaker(
  t: TestApp,
  sessionId: string,
  speakerId: string,
  evaluation?: { score: number; comment?: string; evaluatedAt?: string },
) {
  await t.query(
    `INSERT INTO session_speakers (session_id, speaker_id, topic, score, comment, evaluated_at)
     VALUES ($1, $2, 'Nội dung cơ bản của Nghị quyết', $3, $4, $5)`,
    [sessionId, speakerId, evaluation?.score ?? null, evaluation?.comment ?? null,
      evaluation ? (evaluation.evaluatedAt ?? new Date().toISOString()) : null],
  );
}

export async function endSpeakerOn(t: TestApp, speakerId: string, endedOn: string) {
  await t.query(`UPDATE speakers SET ended_on = $2 WHERE id = $1`, [speakerId, endedOn]);
}

export async function setTermStart(t: TestApp, organisationId: string, termStart: string | null) {
  await t.query(`UPDATE organisations SET term_start = $2 WHERE id = $1`, [organisationId, termStart]);
}

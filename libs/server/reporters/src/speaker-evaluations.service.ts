import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppException } from '@qt/server-core';
import { DataSource } from 'typeorm';
import { SpeakerSessionsRepository } from './speaker-sessions.repository';
import { SpeakerSession } from './speaker-session.types';

/**
 * The organisers' evaluation of a speaker at a session (seed 000 III.3: "Ban
 * tổ chức các lớp học có trách nhiệm đánh giá chất lượng báo cáo viên").
 * Rules:
 * - the caller's scope covers the session's organiser (403 otherwise) — the
 *   speaker's own roster may lie elsewhere (a bloc speaker at a committee's session);
 * - the speaker is assigned to the session (session_speakers; 422 otherwise);
 * - the session took place: not cancelled, already started (422);
 * - nobody evaluates themselves (403);
 * - evaluating again replaces the score and comment (the audit log keeps the previous one).
 */
@Injectable()
export class SpeakerEvaluationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: SpeakerSessionsRepository,
    private readonly audit: AuditService,
  ) {}

  async evaluate(
    scope: AccessScope,
    sessionId: string,
    speakerId: string,
    input: { score: number; comment?: string | null },
  ): Promise<SpeakerSession> {
    await this.dataSource.transaction(async (manager) => {
      const session = await this.repo.sessionForEvaluation(manager, sessionId);
      if (!session) throw AppException.notFound('Session');
      scope.assertPath(session.organiserPath);
      const row = await this.repo.assignment(manager, sessionId, speakerId);
      if (!row) throw AppException.unprocessable('The speaker is not assigned to this session', 'speakerId');
      if (session.status === 'CANCELLED') throw AppException.unprocessable('The session was cancelled', 'sessionId');
      if (!session.started) throw AppException.unprocessable('The session has not taken place yet', 'sessionId');
      if (row.memberId && row.memberId === scope.actor.memberId) {
        throw AppException.forbidden('A speaker does not evaluate their own presentation');
      }
      const comment = input.comment ?? null;
      await this.repo.evaluate(manager, sessionId, speakerId, input.score, comment, scope.actor.userId);
      await this.audit.record(manager, scope.actor, {
        action: 'speaker.evaluate', entityType: 'session_speaker', entityId: sessionId, organisationId: session.organiserId,
        before: { speakerId, score: row.score, comment: row.comment }, after: { speakerId, score: input.score, comment },
      });
    });
    return (await this.repo.one(sessionId, speakerId)) as SpeakerSession;
  }
}

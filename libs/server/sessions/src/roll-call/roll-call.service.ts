import { Injectable } from '@nestjs/common';
import { AuditService } from '@qt/server-audit';
import { AccessScope, AppConfig, AppException, IdempotencyService, sha256, validationException } from '@qt/server-core';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { AttendanceImportBody, AttendanceImportRow, CheckInInput, IMPORT_MAX_ROWS, MarkAttendanceInput } from '../dtos/roll-call.dto';
import { ParticipantsRepository } from '../participants/participants.repository';
import { CHECK_IN_OPENS_BEFORE_MINUTES } from '../rules/attendance-rules';
import { checkInKey, codeFor, qrPayload, verifyCode, windowOf } from '../rules/check-in-code';
import {
  AttendanceImportResult,
  AttendanceImportRowResult,
  CheckInCode,
  ImportRowOutcome,
  RollCallResult,
  SessionParticipant,
  SessionRecord,
} from '../session.types';
import { SessionsRepository } from '../sessions.repository';
import { SessionsService } from '../sessions.service';

/**
 * Roll call (điểm danh), three ways, all writing the one row per (session,
 * member) with a single statement, so the same member twice is one record:
 * - secretary bulk marking (each member must be in the marker's scope; after
 *   close a correction reason is required and audited);
 * - self check-in/out with the rotating code of the venue or a connection point;
 * - bulk import from a conference system, idempotent by Idempotency-Key.
 */
@Injectable()
export class RollCallService {
  private readonly key: Buffer;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repo: ParticipantsRepository,
    private readonly sessionsRepo: SessionsRepository,
    private readonly sessions: SessionsService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {
    this.key = checkInKey(config.JWT_SECRET);
  }

  async mark(scope: AccessScope, sessionId: string, input: MarkAttendanceInput): Promise<RollCallResult> {
    const ids = input.marks.map((m) => m.memberId);
    if (new Set(ids).size !== ids.length) throw AppException.badInput('A member is marked twice in one request', 'marks');
    input.marks.forEach((m, i) => {
      if (m.status === 'EXCUSED' && !m.reason) throw AppException.badInput('An excused absence needs a reason', `marks.${i}.reason`);
    });
    const s = await this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.visible(scope, sessionId, manager);
      if (session.status === 'CANCELLED') throw AppException.conflict('The session was cancelled', 'status');
      const closed = session.status === 'CLOSED';
      if (closed && !input.correctionReason) {
        throw AppException.unprocessable('The session is closed: give a reason for the correction', 'correctionReason');
      }
      const opens = new Date(session.startsAt).getTime() - CHECK_IN_OPENS_BEFORE_MINUTES * 60_000;
      if (Date.now() < opens && input.marks.some((m) => m.status !== 'EXCUSED')) {
        throw AppException.unprocessable('Before the session only excused absences can be recorded', 'marks');
      }
      const rows = await this.repo.find(manager, sessionId, ids);
      const byId = new Map(rows.filter((r) => !r.removedAt).map((r) => [r.memberId, r]));
      const outside = rows.filter((r) => !scope.coversPath(r.organisationPath));
      if (outside.length) throw AppException.forbidden(`You may not mark: ${outside.map((r) => r.fullName).join(', ')}`);
      const missing = ids.filter((id) => !byId.has(id));
      if (missing.length) throw AppException.unprocessable(`Not on the participant list: ${missing.join(', ')}`, 'marks');
      await this.repo.mark(manager, sessionId, scope.actor.userId, input.marks.map((m) => ({
        memberId: m.memberId, status: m.status, reason: m.reason ?? null,
      })));
      await this.audit.recordMany(manager, scope.actor, input.marks.map((m) => {
        const before = byId.get(m.memberId) as SessionParticipant;
        return {
          action: closed ? 'session.rollCall.correct' : 'session.rollCall.mark',
          entityType: 'session_participant',
          entityId: m.memberId,
          organisationId: before.organisationId,
          before: { status: before.status, statusSource: before.statusSource, statusReason: before.statusReason },
          after: { status: m.status, reason: m.reason ?? null, correctionReason: input.correctionReason ?? null, sessionId },
        };
      }));
      return session;
    });
    return { marked: ids.length, counters: await this.sessions.counters(scope, s) };
  }

  /** The code to show at the venue (no point) or a connection point, for staff of the organiser or of the point's host. */
  async code(scope: AccessScope, sessionId: string, connectionPointId: string | undefined): Promise<CheckInCode> {
    const s = await this.sessions.visible(scope, sessionId);
    const point = await this.point(s, connectionPointId);
    if (!scope.coversPath(s.organiserPath) && !(point && scope.coversPath(point.hostPath))) throw AppException.forbidden();
    if (s.status !== 'PLANNED') throw AppException.conflict(`The session is ${s.status}`, 'status');
    const ttl = this.config.CHECKIN_CODE_TTL_SECONDS;
    const window = windowOf(new Date(), ttl);
    const code = codeFor(this.key, s.id, point?.id ?? null, window);
    return { code, payload: qrPayload(s.id, point?.id ?? null, code), validUntil: new Date((window + 1) * ttl * 1000), ttlSeconds: ttl };
  }

  /**
   * Self check-in (scope self): a valid code of this session and point, from
   * CHECK_IN_OPENS_BEFORE_MINUTES before the start to the end. A member not on
   * the list checks in as WALK_IN only when their organisation on the session
   * date lies in the organiser's subtree.
   */
  async checkIn(scope: AccessScope, sessionId: string, input: CheckInInput): Promise<SessionParticipant> {
    const memberId = this.memberOf(scope);
    // Read and check the session before the transaction: inside it, a second pooled connection would be
    // needed while the transaction holds one, and a burst of check-ins could starve the pool.
    const s = await this.openSession(sessionId, input);
    return this.dataSource.transaction(async (manager) => {
      const [row] = await this.repo.find(manager, sessionId, [memberId]);
      if (row?.removedAt) throw AppException.forbidden('You were removed from this session’s list');
      let organisationId = row?.organisationId;
      if (!row) {
        const [m] = await this.repo.membersOnDate(manager, sessionId, { ids: [memberId] });
        if (!m?.organisationPath || !m.organisationPath.startsWith(s.organiserPath)) {
          throw AppException.forbidden('You are not on this session’s list');
        }
        organisationId = m.organisationId as string;
      }
      return this.repo.checkIn(manager, {
        sessionId, memberId, organisationId: organisationId as string, pointId: input.connectionPointId ?? null,
        startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt),
      });
    });
  }

  async checkOut(scope: AccessScope, sessionId: string, input: CheckInInput): Promise<SessionParticipant> {
    const memberId = this.memberOf(scope);
    const s = await this.openSession(sessionId, input);
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repo.checkOut(manager, sessionId, memberId, new Date(s.startsAt), new Date(s.endsAt)))) {
        throw AppException.unprocessable('Check in first', 'id');
      }
      return (await this.repo.find(manager, sessionId, [memberId]))[0];
    });
  }

  /** REST import: JSON `{rows}` or text/csv `cardNumber,checkedInAt,checkedOutAt`. Idempotency-Key required. */
  async importHttp(
    scope: AccessScope,
    sessionId: string,
    body: unknown,
    contentType: string | undefined,
    idempotencyKey: string | undefined,
  ): Promise<AttendanceImportResult> {
    const key = this.idempotency.validateKey(idempotencyKey);
    if (!key) throw AppException.badInput('An Idempotency-Key header is required', 'Idempotency-Key');
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    let raw: unknown;
    if (Buffer.isBuffer(body) && (type === 'text/csv' || type === 'application/csv')) {
      raw = { rows: this.parseCsv(body) };
    } else if (type === 'application/json' && body !== null && typeof body === 'object' && !Array.isArray(body)) {
      raw = body;
    } else {
      throw AppException.badInput('Send application/json {"rows": [...]} or a text/csv file', 'file');
    }
    const instance = plainToInstance(AttendanceImportBody, raw);
    const errors = await validate(instance, {
      whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, validationError: { target: false, value: false },
    });
    if (errors.length) throw validationException(errors);
    return this.importRows(scope, sessionId, instance.rows, key, sha256(`${sessionId}\n${JSON.stringify(instance.rows)}`));
  }

  /** GraphQL import: rows validated by the global pipe; the key is required too. */
  importInput(scope: AccessScope, sessionId: string, rows: AttendanceImportRow[], idempotencyKey: string): Promise<AttendanceImportResult> {
    const key = this.idempotency.validateKey(idempotencyKey);
    if (!key) throw AppException.badInput('idempotencyKey is required', 'idempotencyKey');
    return this.importRows(scope, sessionId, rows, key, sha256(`${sessionId}\n${JSON.stringify(rows)}`));
  }

  private async importRows(
    scope: AccessScope,
    sessionId: string,
    rows: AttendanceImportRow[],
    key: string,
    hash: string,
  ): Promise<AttendanceImportResult> {
    const result = await this.idempotency.run<AttendanceImportResult>(
      `session.import:${sessionId}:${scope.actor.userId}`.slice(0, 120), key, hash, async (manager) => {
        const s = await this.sessions.owned(scope, sessionId, manager);
        if (s.status === 'CANCELLED') throw AppException.conflict('The session was cancelled', 'status');
        const cards = [...new Set(rows.map((r) => r.cardNumber))];
        const members = new Map((await this.repo.membersOnDate(manager, sessionId, { cards })).map((m) => [m.cardNumber, m]));
        const listed = new Map((await this.repo.find(manager, sessionId, [...members.values()].map((m) => m.memberId)))
          .map((p) => [p.memberId, p]));
        const seen = new Set<string>();
        const results: AttendanceImportRowResult[] = [];
        const apply: { memberId: string; organisationId: string; checkedInAt: Date; checkedOutAt: Date | null }[] = [];
        rows.forEach((r, i) => {
          const res: AttendanceImportRowResult = { row: i + 1, cardNumber: r.cardNumber, outcome: ImportRowOutcome.error, status: null, errors: [] };
          results.push(res);
          const m = members.get(r.cardNumber);
          const p = m && listed.get(m.memberId);
          if (!m) res.errors.push('Unknown card number');
          else if (seen.has(r.cardNumber)) res.errors.push('Card number repeated in this import');
          else if (r.checkedOutAt && r.checkedOutAt < r.checkedInAt) res.errors.push('checkedOutAt is before checkedInAt');
          else if (p?.removedAt) res.errors.push('Removed from the participant list');
          else if (!p && (!m.organisationPath || !m.organisationPath.startsWith(s.organiserPath))) {
            res.errors.push('Not on the list and not a member of the organiser’s organisation on the session date');
          }
          if (m) seen.add(r.cardNumber);
          if (res.errors.length === 0 && m) {
            res.outcome = ImportRowOutcome.applied;
            apply.push({ memberId: m.memberId, organisationId: p?.organisationId ?? (m.organisationId as string), checkedInAt: r.checkedInAt, checkedOutAt: r.checkedOutAt ?? null });
          }
        });
        const statuses = await this.repo.importRows(manager, sessionId, scope.actor.userId, new Date(s.startsAt), new Date(s.endsAt), apply);
        for (const res of results) {
          const m = members.get(res.cardNumber as string);
          if (res.outcome === ImportRowOutcome.applied && m) res.status = (statuses.get(m.memberId) ?? null) as never;
        }
        const applied = results.filter((r) => r.outcome === ImportRowOutcome.applied).length;
        await this.audit.record(manager, scope.actor, {
          action: 'session.attendance.import', entityType: 'study_session', entityId: sessionId,
          organisationId: s.organiserOrganisationId, after: { rows: rows.length, applied, idempotencyKey: key },
        });
        return { status: 200, body: { total: rows.length, applied, failed: rows.length - applied, rows: results } };
      });
    return result.body;
  }

  private parseCsv(body: Buffer): Record<string, string | undefined>[] {
    let records: Record<string, string>[];
    try {
      records = parse(body, { columns: true, skip_empty_lines: true, trim: true, bom: true });
    } catch (err) {
      throw AppException.badInput(`Malformed CSV: ${(err as Error).message}`, 'file');
    }
    if (records.length > IMPORT_MAX_ROWS) throw AppException.badInput(`At most ${IMPORT_MAX_ROWS} rows`, 'rows');
    return records.map((r) => ({
      cardNumber: r.cardNumber ?? r.card_number,
      checkedInAt: r.checkedInAt ?? r.checked_in_at,
      ...((r.checkedOutAt ?? r.checked_out_at) ? { checkedOutAt: r.checkedOutAt ?? r.checked_out_at } : {}),
    }));
  }

  private memberOf(scope: AccessScope): string {
    if (!scope.actor.memberId) throw AppException.forbidden('Only a party member can check in');
    return scope.actor.memberId;
  }

  /** The session is open for check-in and the code is valid for it and the point. */
  private async openSession(sessionId: string, input: CheckInInput): Promise<SessionRecord> {
    const s = await this.sessionsRepo.findById(sessionId);
    if (!s) throw AppException.notFound('Session');
    await this.point(s, input.connectionPointId);
    const now = new Date();
    if (!verifyCode(this.key, s.id, input.connectionPointId ?? null, input.code, now, this.config.CHECKIN_CODE_TTL_SECONDS)) {
      throw AppException.unprocessable('The check-in code is wrong or has expired', 'code');
    }
    const opens = new Date(s.startsAt).getTime() - CHECK_IN_OPENS_BEFORE_MINUTES * 60_000;
    if (s.status !== 'PLANNED' || now.getTime() < opens || now.getTime() > new Date(s.endsAt).getTime()) {
      throw AppException.unprocessable('Check-in is open only during the session', 'id');
    }
    return s;
  }

  private async point(s: SessionRecord, pointId: string | undefined) {
    if (!pointId) return undefined;
    const [point] = (await this.sessionsRepo.connectionPoints([s.id])).filter((p) => p.id === pointId);
    if (!point) throw AppException.unprocessable('connectionPointId is not a connection point of this session', 'connectionPointId');
    return point;
  }
}

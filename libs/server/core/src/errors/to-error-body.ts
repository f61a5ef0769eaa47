import { HttpException, HttpStatus } from '@nestjs/common';
import { AppException, ErrorBody, ErrorCode, FieldError, STATUS_OF_CODE } from './app-exception';

const CODE_OF_STATUS: Record<number, ErrorCode> = Object.fromEntries(
  Object.entries(STATUS_OF_CODE).map(([code, status]) => [status, code as ErrorCode]),
);

/** Names of our unique constraints and the input field each protects. */
const CONSTRAINT_FIELDS: Record<string, string> = {
  organisations_code_key: 'code',
  members_card_number_key: 'cardNumber',
  users_username_key: 'username',
  role_assignments_unique: 'role',
  memberships_no_overlap: 'validFrom',
  committee_offices_no_overlap: 'startDate',
  committee_offices_one_secretary: 'office',
  resolutions_code_key: 'code',
  campaigns_code_key: 'code',
  speakers_member_open_key: 'memberId',
  webhook_subscriptions_url_key: 'url',
  inspection_plans_year_key: 'year',
};

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  message?: string;
}

function fromPostgres(err: PgError): ErrorBody | undefined {
  const code = err.code;
  if (!code || typeof code !== 'string') return undefined;
  const field = err.constraint ? CONSTRAINT_FIELDS[err.constraint] : undefined;
  const fields: FieldError[] | undefined = field ? [{ field, messages: [err.detail ?? err.message ?? ''] }] : undefined;
  switch (code) {
    case '23505':
      return { statusCode: 409, code: ErrorCode.CONFLICT, message: `Already exists${field ? `: ${field}` : ''}`, fields };
    case '23P01':
      return { statusCode: 409, code: ErrorCode.CONFLICT, message: 'Overlaps an existing period', fields };
    case '23503':
      return { statusCode: 422, code: ErrorCode.UNPROCESSABLE, message: 'Refers to a record that does not exist or is still in use' };
    case '23514':
    case '23502':
      return { statusCode: 422, code: ErrorCode.UNPROCESSABLE, message: 'Violates a rule of the data model', fields };
    case '22021':
    case '22P05':
      return { statusCode: 400, code: ErrorCode.BAD_USER_INPUT, message: 'Text contains a character that cannot be stored (such as U+0000)' };
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
      return { statusCode: 400, code: ErrorCode.BAD_USER_INPUT, message: 'Malformed value' };
    case '57014':
    case '57P01':
    case '57P02':
    case '57P03':
    case '53300':
    case '40001':
    case '40P01':
      return { statusCode: 503, code: ErrorCode.SERVICE_UNAVAILABLE, message: 'The database is busy or restarting; retry shortly' };
    default:
      if (code.startsWith('08') || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code)) {
        return { statusCode: 503, code: ErrorCode.SERVICE_UNAVAILABLE, message: 'The database is unreachable; retry shortly' };
      }
      return undefined;
  }
}

/**
 * Maps any thrown value to the body we answer with. Unknown errors become a
 * 500 with a fixed message: no stack, no SQL, no internals.
 */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof AppException) {
    return exception.getResponse() as ErrorBody;
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : Array.isArray((response as { message?: unknown }).message)
          ? ((response as { message: string[] }).message).join('; ')
          : String((response as { message?: unknown }).message ?? exception.message);
    const code = CODE_OF_STATUS[status] ?? (status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_USER_INPUT);
    return { statusCode: status, code, message };
  }
  const err = exception as PgError & { driverError?: PgError; statusCode?: number; name?: string };
  const pg = fromPostgres(err.driverError ?? err);
  if (pg) return pg;
  // Fastify's own errors (body too large, bad JSON, unsupported media type) carry a statusCode.
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    const code = CODE_OF_STATUS[err.statusCode] ?? ErrorCode.BAD_USER_INPUT;
    return { statusCode: err.statusCode, code, message: err.message ?? 'Bad request' };
  }
  if (err?.name === 'MaxRetriesPerRequestError' || /Connection is closed|ECONNREFUSED/.test(String(err?.message))) {
    return { statusCode: 503, code: ErrorCode.SERVICE_UNAVAILABLE, message: 'A backing service is unreachable; retry shortly' };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: ErrorCode.INTERNAL, message: 'Internal server error' };
}

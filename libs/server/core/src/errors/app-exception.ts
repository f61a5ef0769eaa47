import { HttpException, HttpStatus } from '@nestjs/common';

/** Error codes shared by REST bodies and GraphQL `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNPROCESSABLE = 'UNPROCESSABLE',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL = 'INTERNAL_SERVER_ERROR',
}

export const STATUS_OF_CODE: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.UNPROCESSABLE]: HttpStatus.UNPROCESSABLE_ENTITY,
  [ErrorCode.PAYLOAD_TOO_LARGE]: HttpStatus.PAYLOAD_TOO_LARGE,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.INTERNAL]: HttpStatus.INTERNAL_SERVER_ERROR,
};

export interface FieldError {
  /** Dotted path of the offending input field, e.g. `rows.3.cardNumber`. */
  field: string;
  messages: string[];
}

export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  retryAfterSeconds?: number;
}

/**
 * The one exception type domain code throws. Modules subclass it or use the
 * helpers below; the exception filter turns it into an HTTP body or a
 * GraphQL error with the same code and fields.
 */
export class AppException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly retryAfterSeconds?: number,
  ) {
    super(
      { statusCode: STATUS_OF_CODE[code], code, message, fields, retryAfterSeconds } satisfies ErrorBody,
      STATUS_OF_CODE[code],
    );
  }

  static badInput(message: string, field?: string): AppException {
    return new AppException(ErrorCode.BAD_USER_INPUT, message, field ? [{ field, messages: [message] }] : undefined);
  }
  static unprocessable(message: string, field?: string): AppException {
    return new AppException(ErrorCode.UNPROCESSABLE, message, field ? [{ field, messages: [message] }] : undefined);
  }
  static notFound(what: string): AppException {
    return new AppException(ErrorCode.NOT_FOUND, `${what} not found`);
  }
  static forbidden(message = 'You are not allowed to do this for that organisation'): AppException {
    return new AppException(ErrorCode.FORBIDDEN, message);
  }
  static unauthenticated(message = 'Authentication required'): AppException {
    return new AppException(ErrorCode.UNAUTHENTICATED, message);
  }
  static conflict(message: string, field?: string): AppException {
    return new AppException(ErrorCode.CONFLICT, message, field ? [{ field, messages: [message] }] : undefined);
  }
  static tooManyRequests(message: string, retryAfterSeconds: number): AppException {
    return new AppException(ErrorCode.TOO_MANY_REQUESTS, message, undefined, retryAfterSeconds);
  }
}

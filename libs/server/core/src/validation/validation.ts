import { ValidationError, ValidationPipe } from '@nestjs/common';
import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { AppException, ErrorCode, FieldError } from '../errors/app-exception';

/** Flattens class-validator errors into dotted field paths. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      out.push({
        field,
        messages: Object.entries(error.constraints).map(([rule, message]) =>
          rule === 'whitelistValidation' ? `${field} is not an allowed field` : message,
        ),
      });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

export function validationException(errors: ValidationError[]): AppException {
  const fields = flattenValidationErrors(errors);
  const summary = fields
    .slice(0, 5)
    .map((f) => f.messages[0])
    .join('; ');
  return new AppException(ErrorCode.BAD_USER_INPUT, `Invalid input: ${summary}`, fields);
}

/**
 * The global pipe: unknown fields are refused (nobody can set `role` or
 * `organisationId` by adding a field), values are transformed to their types.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: validationException,
  });
}

/** A calendar date `yyyy-MM-dd` that exists (no 2026-02-30). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyKey as string,
      options: { message: `${String(propertyKey)} must be a date yyyy-MM-dd`, ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const d = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value && d.getUTCFullYear() >= 1900;
        },
      },
    });
  };
}

/** Optional but not nullable: the field may be left out, never cleared with null (which would break NOT NULL columns). */
export const IsOmittable = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

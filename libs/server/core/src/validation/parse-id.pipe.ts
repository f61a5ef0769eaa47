import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AppException } from '../errors/app-exception';

/** Checks an id argument (REST path parameter or GraphQL argument) is a UUID, naming the field when not. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || !isUUID(value)) {
      const field = metadata.data ?? 'id';
      throw AppException.badInput(`${field} must be a UUID`, field);
    }
    return value;
  }
}

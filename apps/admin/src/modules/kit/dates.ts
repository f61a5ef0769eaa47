import { format, isValid, parseISO } from 'date-fns';
import dayjs, { type Dayjs } from 'dayjs';

/** Date format shown to users everywhere (dd/MM/yyyy). */
export const DATE_FORMAT = 'dd/MM/yyyy';
/** The same for antd DatePicker (dayjs tokens). */
export const PICKER_FORMAT = 'DD/MM/YYYY';

/** `yyyy-MM-dd` (or an ISO timestamp) → `dd/MM/yyyy`; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = parseISO(iso);
  return isValid(date) ? format(date, DATE_FORMAT) : iso;
}

/** An ISO timestamp → `dd/MM/yyyy HH:mm` in the browser's zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = parseISO(iso);
  return isValid(date) ? format(date, `${DATE_FORMAT} HH:mm`) : iso;
}

/** A DatePicker value → `yyyy-MM-dd` for the API. */
export function toApiDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

export function fromApiDate(iso: string | null | undefined): Dayjs | null {
  return iso ? dayjs(iso) : null;
}

export function todayApi(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** An exclusive end date (`validTo`, first day no longer there) → the last day, `dd/MM/yyyy`. */
export function formatLastDay(exclusiveIso: string | null | undefined): string {
  if (!exclusiveIso) return '';
  const date = parseISO(exclusiveIso);
  return isValid(date) ? format(new Date(date.getTime() - 86_400_000), DATE_FORMAT) : exclusiveIso;
}

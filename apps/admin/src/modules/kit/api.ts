import type { FormInstance } from 'antd';
import { GraphQLRequestError, gql } from '../organisations/organisations-api';

export { gql, GraphQLRequestError };

/** One field problem as the API reports it (`extensions.fields`). */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/** The `extensions.fields` of the first GraphQL error, with any leading `input.` removed. */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof GraphQLRequestError)) return [];
  const raw = error.errors[0]?.extensions?.fields;
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((f): f is FieldProblem => !!f && typeof f.field === 'string')
    .map((f) => ({ field: f.field.replace(/^input\./, ''), messages: Array.isArray(f.messages) ? f.messages.map(String) : [] }));
}

/** Field problems keyed by field path (messages joined). */
export function fieldErrorMap(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of fieldProblems(error)) {
    out[p.field] = [out[p.field], ...p.messages].filter(Boolean).join(' ');
  }
  return out;
}

/** A message for the user: the API's message (already specific), or the error text. */
export function errorText(error: unknown): string {
  if (error instanceof GraphQLRequestError) return error.errors[0]?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Puts the API's field errors on the antd form fields that exist (`known`), and returns the
 * messages of the other fields (for a form-level alert).
 */
export function applyFieldErrors<T>(form: FormInstance<T>, error: unknown, known: readonly string[]): string[] {
  const problems = fieldProblems(error);
  const onFields = problems.filter((p) => known.includes(p.field));
  (form as FormInstance).setFields(onFields.map((p) => ({ name: p.field, errors: p.messages })));
  const rest = problems.filter((p) => !known.includes(p.field)).flatMap((p) => p.messages);
  if (problems.length === 0) return [errorText(error)];
  return rest;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number | null;
}

/**
 * The one GraphQL client of the SPA: POST /graphql with the session token
 * (refresh and re-login handled by `fetchWithAuth`), throwing on `errors`.
 * Documents are typed by graphql-codegen (`graphql(\`...\`)` from ./generated):
 * the result and the variables of `gql(Document, vars)` are checked by tsc.
 */
import { fetchWithAuth } from '../modules/auth/auth-client';
import type { TypedDocumentString } from './generated/graphql';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface GraphQLErrorItem {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorItem[],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

type AnyVariables = Record<string, unknown>;

/** POST a GraphQL document (typed or a plain string) to /graphql; throws on `errors`. */
export function gql<TData, TVariables>(query: TypedDocumentString<TData, TVariables>, variables?: TVariables): Promise<TData>;
export function gql<TData, TVariables extends AnyVariables = AnyVariables>(query: string, variables?: TVariables): Promise<TData>;
export async function gql<TData>(query: string | TypedDocumentString<TData, unknown>, variables?: unknown): Promise<TData> {
  const res = await fetchWithAuth(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: query.toString(), variables: variables ?? {} }),
  });
  type Body = { data?: TData | null; errors?: GraphQLErrorItem[] };
  let body: Body | null;
  try {
    body = (await res.json()) as Body;
  } catch {
    body = null;
  }
  if (body?.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors, res.status);
  }
  if (!res.ok || !body || body.data == null) {
    throw new GraphQLRequestError(`GraphQL request failed (HTTP ${res.status})`, [], res.status);
  }
  return body.data;
}

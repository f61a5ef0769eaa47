/**
 * A typed REST client of the OpenAPI contract (openapi-fetch over the types
 * openapi-typescript generates from apps/api/openapi.json): the integration
 * tests call the API the way another ministry system would, over real HTTP.
 */
import createClient, { Client } from 'openapi-fetch';
import type { paths } from './generated/api-types';
import { TestApp } from './test-app';

export type ApiClient = Client<paths>;

/** Starts listening on a free local port (once) and returns the base URL. */
export async function listen(t: TestApp): Promise<string> {
  const server = t.app.getHttpServer();
  if (!server.listening) await t.app.listen(0, '127.0.0.1');
  return t.app.getUrl();
}

/** A client for the running app, with a bearer token when given. */
export async function apiClient(t: TestApp, token?: string): Promise<ApiClient> {
  const baseUrl = (await listen(t)).replace('[::1]', '127.0.0.1');
  return createClient<paths>({ baseUrl, headers: token ? { authorization: `Bearer ${token}` } : {} });
}

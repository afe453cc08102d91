// SPDX-License-Identifier: EUPL-1.2
/** Session and first-run endpoints (the accounts module of the API). */
import type { AccountView, SessionView, SetupInput } from '../../../../../src/modules/accounts/session.schema.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type { SetupInput } from '../../../../../src/modules/accounts/session.schema.ts';
/** The signed-in person as GET/POST /api/v1/session describes them. */
export type SessionPerson = AccountView;
export type Session = SessionView;

/** The current session, or an ApiError with status 401 when nobody is signed in. */
export function fetchSession(signal?: AbortSignal): Promise<Session> {
  return apiRequest<Session>('/session', { signal });
}

/** Signs in; the server sets the HttpOnly session cookie. */
export function createSession(input: { email: string; password: string }): Promise<Session> {
  return apiRequest<Session>('/session', { method: 'POST', body: input });
}

/** Signs out (sends the CSRF token). */
export function deleteSession(): Promise<void> {
  return apiRequest<void>('/session', { method: 'DELETE' });
}

/** Whether the first province coordinator still has to be created. */
export function fetchSetupNeeded(signal?: AbortSignal): Promise<{ needed: boolean }> {
  return apiRequest<{ needed: boolean }>('/setup', { signal });
}

/** Creates the first province coordinator with the one-time setup token. */
export function completeSetup(input: SetupInput): Promise<unknown> {
  return apiRequest<unknown>('/setup', { method: 'POST', body: input });
}

/** Provinces to choose from on the first-run page (code and name only). */
export async function fetchProvinceChoices(signal?: AbortSignal): Promise<{ code: string; name: string }[]> {
  const body = await apiRequest<{ items: { code: string; name: string }[] }>('/provinces', { signal });
  return body.items.map(({ code, name }) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * The one way the web app talks to /api/v1. Errors come back as RFC 9457 problem documents whose
 * `title` is already in the user's language (the server reads the `lang` cookie set by i18n);
 * they are thrown as ApiError so screens can show the title and mark the field at fault.
 */

/** An application/problem+json body as the server sends it. */
export type Problem = {
  type?: string;
  title: string;
  status: number;
  /** Stable error code (VALIDATION_FAILED, FORBIDDEN, ...), or NETWORK / HTTP for client-side failures. */
  code: string;
  detail?: string;
  /** The field at fault, e.g. `body.email` or `params.code`. */
  field?: string;
  errors?: { field: string; message: string }[];
};

/** A failed API call. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A text body sent as it is (e.g. a CSV file) instead of JSON. */
  text?: { contentType: string; content: string };
  signal?: AbortSignal;
};

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// Set by the session provider after sign-in; sent with every cookie-authenticated write.
let csrfToken: string | null = null;

/** Remembers (or forgets, with null) the session's CSRF token. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls the API and returns the parsed JSON body (undefined for 204). */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (options.text) {
    headers['content-type'] = options.text.contentType;
  }
  if (unsafeMethods.has(method) && csrfToken) {
    headers['x-csrf-token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: options.text ? options.text.content : options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError({ title: 'Network error', status: 0, code: 'NETWORK' });
  }
  if (response.status === 204) {
    return undefined as T;
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw new ApiError(toProblem(body, response.status));
  }
  return body as T;
}

/** Builds a query string from defined values, e.g. `?province=PV26&year=2024`. */
export function queryString(values: Record<string, string | number | undefined | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The form fields a problem points at, without the `body.` prefix: `body.email` → `email`.
 * Includes every field of a validation problem's `errors` list.
 */
export function problemFields(problem: Problem): string[] {
  const raw = [problem.field, ...(problem.errors ?? []).map((error) => error.field)];
  const fields = raw
    .filter((field): field is string => typeof field === 'string' && field.startsWith('body'))
    .map((field) => field.replace(/^body\.?/, ''))
    .filter((field) => field.length > 0);
  return [...new Set(fields)];
}

function toProblem(body: unknown, status: number): Problem {
  if (typeof body === 'object' && body !== null && 'title' in body && typeof body.title === 'string') {
    const candidate = body as Partial<Problem>;
    return { ...candidate, title: body.title, status, code: candidate.code ?? 'HTTP' };
  }
  return { title: `HTTP ${status}`, status, code: 'HTTP' };
}

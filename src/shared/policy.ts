// SPDX-License-Identifier: EUPL-1.2
/**
 * Building blocks for the `*.policy.ts` files. A policy answers "may this principal do this to
 * this record?" before any data is read or written; routes call `authorize(...)` with the answer.
 */
import { AppError } from './errors.ts';
import type { Authenticated, Principal, Role } from './principal.ts';

/** The signed-in principal, or UNAUTHENTICATED (401). */
export function requireSignedIn(principal: Principal): Authenticated {
  if (principal.kind !== 'person') {
    throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  }
  return principal;
}

/** Throws 401 for the public and 403 for a signed-in person when `allowed` is false. */
export function authorize(principal: Principal, allowed: boolean, what = 'this action'): void {
  if (allowed) {
    return;
  }
  if (principal.kind !== 'person') {
    throw new AppError('UNAUTHENTICATED', `Sign in first for ${what}.`);
  }
  throw new AppError('FORBIDDEN', `You are not allowed ${what}.`);
}

/**
 * Like `authorize`, but answers 404 when a signed-in person is outside the record's scope, so a
 * request cannot tell a record outside the scope from one that does not exist.
 */
export function authorizeOrHide(principal: Principal, allowed: boolean): void {
  if (allowed) {
    return;
  }
  if (principal.kind !== 'person') {
    throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  }
  throw new AppError('NOT_FOUND', 'Not found.');
}

export function hasRole(principal: Principal, role: Role): principal is Authenticated {
  return principal.kind === 'person' && principal.roles.includes(role);
}

/** A province coordinator of the province, or a municipal officer of the municipality. */
export function coversMunicipality(
  principal: Principal,
  municipality: { code: string; provinceCode: string | null },
): boolean {
  if (principal.kind !== 'person') {
    return false;
  }
  if (
    principal.roles.includes('province_coordinator') &&
    municipality.provinceCode !== null &&
    principal.provinces.includes(municipality.provinceCode)
  ) {
    return true;
  }
  return principal.roles.includes('municipal_officer') && principal.municipalities.includes(municipality.code);
}

/** A province coordinator of this province. */
export function coversProvince(principal: Principal, provinceCode: string): boolean {
  return hasRole(principal, 'province_coordinator') && principal.provinces.includes(provinceCode);
}

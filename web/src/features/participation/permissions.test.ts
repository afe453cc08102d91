// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SessionPerson } from '../auth/api/session-api.ts';
import { answersReactions, handlesReactions } from './permissions.ts';

function person(roles: SessionPerson['roles']): SessionPerson {
  return {
    id: 'p1',
    displayName: 'Test',
    email: 'test@example.org',
    roles,
    provinces: [],
    municipalities: [],
    locations: [],
    organisation: { id: 'o1', name: 'Gemeente Utrecht', kind: 'municipality' },
  };
}

describe('who handles residents\u2019 reactions in the web app', () => {
  it.each([
    ['moderator', person([{ role: 'moderator', scopes: [] }]), true, false],
    ['province coordinator', person([{ role: 'province_coordinator', scopes: ['PV26'] }]), true, true],
    ['municipal officer', person([{ role: 'municipal_officer', scopes: ['GM0344'] }]), true, true],
    ['COA officer', person([{ role: 'coa_officer', scopes: [] }]), false, false],
    ['partner', person([{ role: 'partner', scopes: [] }]), false, false],
    ['nobody signed in', null, false, false],
  ])('%s: queue and overview %s, answers %s', (_label, who, handles, answers) => {
    expect(handlesReactions(who)).toBe(handles);
    expect(answersReactions(who)).toBe(answers);
  });
});

// SPDX-License-Identifier: EUPL-1.2
/** /api/v1/matching/proposals: run, review, lock or forbid pairs, import scores, rerun and accept placement proposals. */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { acceptProposal } from './accept-proposal.ts';
import { matchInputRoutes } from './match-input.routes.ts';
import { createProposal } from './create-proposal.ts';
import { presentProposal, presentProposalSummary } from './proposal.presenter.ts';
import { usableProposal } from './proposal-access.ts';
import { findProposalWithName, listPairs, listProposals, type ProposalRecord } from './proposal.repository.ts';
import { proposalPolicy } from './proposal.policy.ts';
import {
  createProposalInputSchema,
  proposalListQuerySchema,
  proposalListSchema,
  proposalPairInputSchema,
  proposalPairParamsSchema,
  proposalParamsSchema,
  proposalSchema,
} from './proposal.schema.ts';
import { removeProposalPair } from './remove-proposal-pair.ts';
import { runProposal } from './run-proposal.ts';
import { findScoreMatrixSummary } from './score-matrix.repository.ts';
import { scoreMatrixRoutes } from './score-matrix.routes.ts';
import { setProposalPair } from './set-proposal-pair.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const tags = ['matching'];

export async function proposalRoutes(app: ApiApp): Promise<void> {
  await app.register(matchInputRoutes);
  await app.register(scoreMatrixRoutes);
  const db = () => app.deps.database.db;
  const usable = (principal: Authenticated, id: string): Promise<ProposalRecord> => usableProposal(db(), principal, id);
  const present = async (proposal: ProposalRecord) => {
    const withName = (await findProposalWithName(db(), proposal.id)) ?? { ...proposal, acceptedByName: null };
    return presentProposal(withName, await listPairs(db(), proposal.id), await findScoreMatrixSummary(db(), proposal.id));
  };

  app.get(
    '/matching/proposals',
    { schema: { tags, summary: "Placement proposals of the caller's provinces, newest first (province coordinators)", security, querystring: proposalListQuerySchema, response: { 200: proposalListSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const provinces = proposalPolicy.listableProvinces(principal);
      authorize(principal, provinces.length > 0, 'to read placement proposals');
      const wanted = request.query.province ? provinces.filter((p) => p === request.query.province) : provinces;
      return { items: (await listProposals(db(), wanted)).map(presentProposalSummary) };
    },
  );

  app.post(
    '/matching/proposals',
    {
      schema: {
        tags,
        summary: 'Run a placement proposal for a province and period (households ready for housing; capacity = remaining task)',
        security,
        body: createProposalInputSchema,
        response: { 201: proposalSchema },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, proposalPolicy.canUse(principal, request.body.provinceCode), `to run proposals for ${request.body.provinceCode}`);
      const proposal = await createProposal({ db: db(), actor: actorOf(principal), input: request.body });
      return reply.code(201).send(await present(proposal));
    },
  );

  app.get(
    '/matching/proposals/:id',
    { schema: { tags, summary: 'A proposal with its result per municipality and per household, and its locks and forbidden pairs', security, params: proposalParamsSchema, response: { 200: proposalSchema } } },
    async (request) => present(await usable(requireSignedIn(request.principal), request.params.id)),
  );

  app.post(
    '/matching/proposals/:id/run',
    { schema: { tags, summary: "Run a draft proposal again on today's data with its locks and forbidden pairs", security, params: proposalParamsSchema, response: { 200: proposalSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const proposal = await usable(principal, request.params.id);
      return present(await runProposal({ db: db(), actor: actorOf(principal), proposalId: proposal.id }));
    },
  );

  app.put(
    '/matching/proposals/:id/pairs',
    { schema: { tags, summary: 'Lock a household to a municipality, or forbid the pair (run again to apply)', security, params: proposalParamsSchema, body: proposalPairInputSchema, response: { 200: proposalSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const proposal = await usable(principal, request.params.id);
      return present(await setProposalPair({ db: db(), actor: actorOf(principal), proposal, pair: request.body }));
    },
  );

  app.delete(
    '/matching/proposals/:id/pairs/:householdId/:municipalityCode',
    { schema: { tags, summary: 'Remove a lock or forbidden pair (run again to apply)', security, params: proposalPairParamsSchema, response: { 200: proposalSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const proposal = await usable(principal, request.params.id);
      const { householdId, municipalityCode } = request.params;
      return present(await removeProposalPair({ db: db(), actor: actorOf(principal), proposalId: proposal.id, householdId, municipalityCode }));
    },
  );

  app.post(
    '/matching/proposals/:id/accept',
    { schema: { tags, summary: 'Accept the proposal as the plan (immutable from then on)', security, params: proposalParamsSchema, response: { 200: proposalSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const proposal = await usable(principal, request.params.id);
      return present(await acceptProposal({ db: db(), actor: actorOf(principal), proposalId: proposal.id }));
    },
  );
}

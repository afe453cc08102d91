// SPDX-License-Identifier: EUPL-1.2
/** One colour per kind of reaction, for the pins on the overview map and its legend. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { reactionKinds, type ReactionKind } from '../../../../src/modules/participation/participation.schema.ts';

// Distinguishable hues, each with at least 3:1 contrast against the light map background.
const colours: Record<ReactionKind, string> = {
  question: '#01689b',
  concern: '#b3261e',
  idea: '#6a3d9a',
  initiative: '#39870c',
  offer_of_help: '#8a5300',
  support: '#1f5c5c',
};

export const kindOrder = reactionKinds;

export function kindColour(kind: ReactionKind): string {
  return colours[kind];
}

/** The MapLibre colour expression: one colour per kind. */
export function kindColourExpression(): ExpressionSpecification {
  return ['match', ['get', 'kind'], ...kindOrder.flatMap((kind) => [kind, colours[kind]]), '#6b6b6b'] as unknown as ExpressionSpecification;
}

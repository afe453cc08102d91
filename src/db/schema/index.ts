// SPDX-License-Identifier: EUPL-1.2
/** The whole pg-core schema: one file per domain, re-exported here for the typed query layer. */
export * from './audit.ts';
export * from './regions.ts';
export * from './accounts.ts';
export * from './taakstelling.ts';
export * from './locations.ts';
export * from './matching.ts';
export * from './mail.ts';
export * from './participation.ts';
export * from './integration.ts';
export * from './subscriptions.ts';
export * from './activities.ts';
export * from './housing.ts';
export * from './offers.ts';
export * from './practices.ts';

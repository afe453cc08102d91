// SPDX-License-Identifier: EUPL-1.2
/** The whole pg-core schema: one file per domain, re-exported here for the typed query layer. */
export * from './audit.ts';
export * from './regions.ts';
export * from './accounts.ts';
export * from './taakstelling.ts';
export * from './locations.ts';
export * from './integration.ts';
export * from './offers.ts';
export * from './practices.ts';

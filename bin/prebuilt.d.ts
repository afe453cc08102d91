// SPDX-License-Identifier: EUPL-1.2
/** Types of bin/prebuilt.js, for the tests that import it. */
export declare function freshBundle(command: string, base?: string): string | undefined;

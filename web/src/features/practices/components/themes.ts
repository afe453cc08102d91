// SPDX-License-Identifier: EUPL-1.2
/** The themes of the practice library, in the order the screens list them. */
export const practiceThemes = ['reception', 'housing', 'language', 'education', 'work', 'participation', 'health', 'residents', 'finance'] as const;

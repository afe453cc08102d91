// SPDX-License-Identifier: EUPL-1.2
/** The translated "table is now sorted by ..." sentence for SortableTable. */
import { useTranslation } from 'react-i18next';
import type { SortDirection } from '../components/sorting.ts';

export function useSortedMessage(): (column: string, direction: SortDirection) => string {
  const { t } = useTranslation();
  return (column, direction) => t(`table.sortedBy.${direction}`, { column });
}

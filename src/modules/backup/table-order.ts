// SPDX-License-Identifier: EUPL-1.2
/**
 * The order in which a backup lists tables: parents before the children that reference them by a
 * foreign key, ties broken by name, so two backups of the same data are byte-identical and a
 * restore never inserts a child before its parent.
 */

/** A table and the tables its foreign keys point to. */
export type TableDependencies = { name: string; references: string[] };

/**
 * Sorts tables parents-first (Kahn's algorithm, alphabetical among the ready ones). A reference
 * to the table itself or to a table outside the list is ignored. Tables in a foreign-key cycle
 * cannot be ordered; they follow the others alphabetically (the restore does not check foreign
 * keys while it inserts, so the order there only matters for readability).
 */
export function orderTablesByDependencies(tables: TableDependencies[]): string[] {
  const names = new Set(tables.map((table) => table.name));
  const waitingOn = new Map<string, Set<string>>();
  for (const table of tables) {
    const parents = table.references.filter((parent) => parent !== table.name && names.has(parent));
    waitingOn.set(table.name, new Set(parents));
  }
  const ordered: string[] = [];
  for (;;) {
    const ready = [...waitingOn.entries()]
      .filter(([, parents]) => parents.size === 0)
      .map(([name]) => name)
      .sort();
    const next = ready[0];
    if (next === undefined) {
      break;
    }
    ordered.push(next);
    waitingOn.delete(next);
    for (const parents of waitingOn.values()) {
      parents.delete(next);
    }
  }
  const cyclic = [...waitingOn.keys()].sort();
  return [...ordered, ...cyclic];
}

// SPDX-License-Identifier: EUPL-1.2
/**
 * SQL of the regions import. Rows travel as one JSON parameter per batch and are unpacked with
 * jsonb_to_recordset, which keeps a batch to a single round trip on PGlite and on a server.
 * An upsert only touches rows whose values differ, so re-importing the same data writes nothing
 * and adds nothing to the audit trail.
 */
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { datasets } from '../../db/schema/index.ts';
import type {
  AreaFigureRow,
  BoundaryRow,
  DatasetRow,
  MunicipalityRow,
  MunicipalityYearRow,
  PopulationRow,
  ProvinceRow,
  SourceRow,
  SuccessionRow,
} from './import/regional-dataset.ts';

type ColumnType = 'text' | 'integer' | 'date' | 'boolean' | 'double precision' | 'jsonb';

/** How rows of one table map to columns; `key` is the primary key. */
export type TableSpec<Row> = {
  table: string;
  key: (keyof Row & string)[];
  columns: { [K in keyof Row & string]: [column: string, type: ColumnType] };
};

/** Rows inserted, updated (values differed) and left unchanged. */
export type UpsertCounts = { inserted: number; updated: number; unchanged: number };

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

function recordset<Row>(spec: TableSpec<Row>, rows: Row[]): { from: SQL; columns: string[] } {
  const entries = Object.entries(spec.columns) as [keyof Row & string, [string, ColumnType]][];
  const json = rows.map((row) => Object.fromEntries(entries.map(([field, [column]]) => [column, row[field] ?? null])));
  const definition = entries.map(([, [column, type]]) => `${ident(column)} ${type}`).join(', ');
  return {
    from: sql`jsonb_to_recordset(${JSON.stringify(json)}::jsonb) AS r(${sql.raw(definition)})`,
    columns: entries.map(([, [column]]) => column),
  };
}

/** Inserts new rows and updates changed ones; unchanged rows are not touched. */
export async function upsertRows<Row>(tx: Tx, spec: TableSpec<Row>, rows: Row[]): Promise<UpsertCounts> {
  if (rows.length === 0) {
    return { inserted: 0, updated: 0, unchanged: 0 };
  }
  const { from, columns } = recordset(spec, rows);
  const keyColumns = spec.key.map((field) => spec.columns[field][0]);
  const valueColumns = columns.filter((column) => !keyColumns.includes(column));
  const table = ident(spec.table);
  const list = (names: string[], prefix = '') => names.map((name) => `${prefix}${ident(name)}`).join(', ');
  const onConflict =
    valueColumns.length === 0
      ? 'DO NOTHING'
      : `DO UPDATE SET ${valueColumns.map((c) => `${ident(c)} = excluded.${ident(c)}`).join(', ')} ` +
        `WHERE (${list(valueColumns, `${table}.`)}) IS DISTINCT FROM (${list(valueColumns, 'excluded.')})`;
  const result = await tx.execute<{ inserted: boolean }>(sql`
    INSERT INTO ${sql.raw(table)} (${sql.raw(list(columns))})
    SELECT ${sql.raw(list(columns))} FROM ${from}
    ON CONFLICT (${sql.raw(list(keyColumns))}) ${sql.raw(onConflict)}
    RETURNING (xmax = 0) AS inserted`);
  const returned = (result as unknown as { rows: { inserted: boolean }[] }).rows;
  const inserted = returned.filter((row) => row.inserted).length;
  return { inserted, updated: returned.length - inserted, unchanged: rows.length - returned.length };
}

/** Deletes the rows whose key is not among `rows` (data that a newer file no longer has). */
export async function deleteMissingRows<Row>(tx: Tx, spec: TableSpec<Row>, rows: Row[]): Promise<number> {
  const keySpec: TableSpec<Row> = {
    ...spec,
    columns: Object.fromEntries(spec.key.map((field) => [field, spec.columns[field]])) as TableSpec<Row>['columns'],
  };
  const { from, columns } = recordset(keySpec, rows);
  const keys = columns.map(ident).join(', ');
  const result = await tx.execute(sql`
    DELETE FROM ${sql.raw(ident(spec.table))}
    WHERE (${sql.raw(keys)}) NOT IN (SELECT ${sql.raw(keys)} FROM ${from})
    RETURNING 1`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}

/** The loaded-dataset record, if any. */
export async function findDataset(tx: Tx, id: string): Promise<DatasetRow | undefined> {
  const [row] = await tx.select().from(datasets).where(eq(datasets.id, id));
  return row;
}

/** Column mapping of every table the import writes, in foreign-key order. */
export const importTables = {
  sources: {
    table: 'sources',
    key: ['id'],
    columns: {
      id: ['id', 'text'],
      publisher: ['publisher', 'text'],
      title: ['title', 'text'],
      publisherTable: ['publisher_table', 'text'],
      referenceDate: ['reference_date', 'date'],
      url: ['url', 'text'],
      licence: ['licence', 'text'],
      note: ['note', 'text'],
    },
  } satisfies TableSpec<SourceRow>,
  provinces: {
    table: 'provinces',
    key: ['code'],
    columns: { code: ['code', 'text'], name: ['name', 'text'] },
  } satisfies TableSpec<ProvinceRow>,
  municipalities: {
    table: 'municipalities',
    key: ['code'],
    columns: {
      code: ['code', 'text'],
      name: ['name', 'text'],
      provinceCode: ['province_code', 'text'],
      beginDate: ['begin_date', 'date'],
      endDate: ['end_date', 'date'],
    },
  } satisfies TableSpec<MunicipalityRow>,
  years: {
    table: 'municipality_years',
    key: ['year', 'municipalityCode'],
    columns: {
      year: ['year', 'integer'],
      municipalityCode: ['municipality_code', 'text'],
      name: ['name', 'text'],
      provinceCode: ['province_code', 'text'],
      beginDate: ['begin_date', 'date'],
      endDate: ['end_date', 'date'],
      active: ['active', 'boolean'],
      sourceId: ['source_id', 'text'],
    },
  } satisfies TableSpec<MunicipalityYearRow>,
  successions: {
    table: 'municipality_successions',
    key: ['predecessorCode', 'successorCode'],
    columns: {
      predecessorCode: ['predecessor_code', 'text'],
      successorCode: ['successor_code', 'text'],
      effectiveDate: ['effective_date', 'date'],
      derivation: ['derivation', 'text'],
      territoryShare: ['territory_share', 'double precision'],
    },
  } satisfies TableSpec<SuccessionRow>,
  population: {
    table: 'municipality_population',
    key: ['municipalityCode', 'referenceDate'],
    columns: {
      municipalityCode: ['municipality_code', 'text'],
      referenceDate: ['reference_date', 'date'],
      sourceId: ['source_id', 'text'],
      population: ['population', 'integer'],
      households: ['households', 'integer'],
      averageHouseholdSize: ['average_household_size', 'double precision'],
      densityPerKm2: ['density_per_km2', 'integer'],
      figures: ['figures', 'jsonb'],
    },
  } satisfies TableSpec<PopulationRow>,
  boundaries: {
    table: 'boundaries',
    key: ['kind', 'code', 'year'],
    columns: {
      kind: ['kind', 'text'],
      code: ['code', 'text'],
      year: ['year', 'integer'],
      name: ['name', 'text'],
      sourceId: ['source_id', 'text'],
      geometry: ['geometry', 'jsonb'],
    },
  } satisfies TableSpec<BoundaryRow>,
  areaFigures: {
    table: 'area_figures',
    key: ['year', 'cbsRowId'],
    columns: {
      year: ['year', 'integer'],
      cbsRowId: ['cbs_row_id', 'integer'],
      level: ['level', 'text'],
      name: ['name', 'text'],
      wijkName: ['wijk_name', 'text'],
      municipalityCode: ['municipality_code', 'text'],
      sourceId: ['source_id', 'text'],
      population: ['population', 'integer'],
      figures: ['figures', 'jsonb'],
    },
  } satisfies TableSpec<AreaFigureRow>,
  datasets: {
    table: 'datasets',
    key: ['id'],
    columns: {
      id: ['id', 'text'],
      loadedChecksum: ['loaded_checksum', 'text'],
      shippedChecksum: ['shipped_checksum', 'text'],
      fileChecksums: ['file_checksums', 'jsonb'],
    },
  } satisfies TableSpec<DatasetRow>,
};

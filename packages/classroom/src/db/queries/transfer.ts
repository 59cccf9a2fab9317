/**
 * Whole rows in and out, for export and import: each row as PostgreSQL's own JSON of it
 * (`row_to_json`) and back (`json_populate_recordset`), so every type — timestamps to the
 * microsecond, arrays, jsonb, dates — survives a round trip between PGlite and PostgreSQL.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../open-database';
import { rowsOf } from '../rows';

/** Rows come out in this order, so two exports of the same data are the same file. */
export const ROW_ORDER: Record<string, string> = {
  teachers: 'id',
  teacher_sign_in_tokens: 'token_hash',
  teacher_sessions: 'token_hash',
  classes: 'id',
  students: 'class_id, join_order',
  student_devices: 'token_hash',
  removed_devices: 'token_hash',
  events: 'seq',
  exercise_locks: 'class_id, lesson_slug, exercise_id',
  rewrite_reviews: 'event_id',
};

/** Timestamps are written in UTC whatever the server's time zone (for the rest of the transaction). */
export async function useUtc(tx: Db): Promise<void> {
  await tx.execute(sql`set local time zone 'UTC'`);
}

/** Reads a table's rows in pages through a cursor (call inside a transaction). */
export async function* readRows(
  tx: Db,
  table: string,
  where: SQL = sql`true`,
  pageSize = 500,
): AsyncGenerator<Record<string, unknown>> {
  const cursor = sql.identifier(`export_${table}`);
  await tx.execute(
    sql`declare ${cursor} no scroll cursor for select row_to_json(t)::text as line from ${sql.identifier(table)} t where ${where} order by ${sql.raw(ROW_ORDER[table]!)}`,
  );
  for (;;) {
    const rows = rowsOf<{ line: string }>(
      await tx.execute(sql`fetch ${sql.raw(String(pageSize))} from ${cursor}`),
    );
    for (const row of rows) yield JSON.parse(row.line) as Record<string, unknown>;
    if (rows.length < pageSize) break;
  }
  await tx.execute(sql`close ${cursor}`);
}

export async function insertRows(
  tx: Db,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const name = sql.identifier(table);
  await tx.execute(
    sql`insert into ${name} select * from json_populate_recordset(null::${name}, ${JSON.stringify(rows)}::json)`,
  );
}

/** After an import: new events are numbered after the imported ones. */
export async function continueSequences(tx: Db): Promise<void> {
  await tx.execute(
    sql`select setval(pg_get_serial_sequence('events', 'seq'), coalesce(max(seq), 0) + 1, false) from events`,
  );
}

export async function countRows(db: Db, table: string): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from ${sql.identifier(table)}`),
  );
  return rows[0]?.n ?? 0;
}

/** The rows of one class, per table (a teacher's export of a class: no devices, no teachers). */
export function classRows(classId: string): Record<string, SQL> {
  return {
    classes: sql`id = ${classId}`,
    students: sql`class_id = ${classId}`,
    events: sql`class_id = ${classId}`,
    exercise_locks: sql`class_id = ${classId}`,
    rewrite_reviews: sql`event_id in (select id from events where class_id = ${classId})`,
  };
}

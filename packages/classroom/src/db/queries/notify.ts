import { sql } from 'drizzle-orm';
import type { Db } from '../open-database';

/** PostgreSQL's NOTIFY: delivered to every listener when the surrounding transaction commits. */
export async function notify(tx: Db, channel: string, payload: string): Promise<void> {
  // PostgreSQL refuses payloads of 8000 bytes or more; a message is ids only, far below that.
  await tx.execute(sql`select pg_notify(${channel}, ${payload})`);
}

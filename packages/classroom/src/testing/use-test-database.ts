/**
 * The lifecycle every `*.db.test.ts` file shares: its own test database, opened once for the
 * file, emptied before each test, closed at the end. `opened` hands the database to the file,
 * whose own `beforeEach` (registered after this one, so run after the emptying) builds on it.
 */
import type { Database } from '../db/open-database';
import { emptyTables, openTestDatabase, type TestDatabaseOptions } from './test-classroom';

export function useTestDatabase(
  opened: (database: Database) => void,
  options: Pick<TestDatabaseOptions, 'logQuery'> = {},
): void {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(options);
    opened(database);
  });
  afterAll(() => database.close());
  beforeEach(() => emptyTables(database));
}

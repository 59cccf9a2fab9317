/**
 * The Jest test environment of the class tests on PGlite: Node's, plus one migrated PGlite per
 * Jest worker that the worker's test files borrow in turn (`openTestPglite`). Opening a PGlite
 * from the migrated dump costs 1–2 s of CPU (40 MB of data folder read, untarred and started);
 * a test file gets this one emptied instead. It lives in the worker's realm, outside the files'
 * module sandboxes, so it outlasts each file; values cross between the realms through
 * `copyIntoThisRealm`.
 */
import { PGlite } from '@electric-sql/pglite';
import NodeEnvironment from 'jest-environment-node';
import { copyIntoThisRealm } from './copy-into-realm';
import { pgliteDump, TEST_PGLITE_SETTINGS } from './pglite-dumps';

export interface BorrowedPglite {
  /** The worker's PGlite, migrated; what the previous file left in it is not yet emptied. */
  readonly client: PGlite;
  /** Copies a value (query parameters) into the worker's realm, where PGlite reads it. */
  readonly toWorker: <T>(value: T) => T;
  /** Lets the worker's next test file borrow it. */
  giveBack(): void;
}

export interface SharedPglite {
  /** The worker's PGlite, or null while another database of this file holds it. */
  borrow(): Promise<BorrowedPglite | null>;
}

let opening: Promise<PGlite> | undefined;
let lent = false;

async function open(): Promise<PGlite> {
  return PGlite.create({
    loadDataDir: pgliteDump('migrated'),
    postgresqlconf: [...TEST_PGLITE_SETTINGS],
  });
}

const shared: SharedPglite = {
  async borrow() {
    if (lent) return null;
    lent = true;
    opening ??= open();
    try {
      return { client: await opening, toWorker: copyIntoThisRealm, giveBack: () => (lent = false) };
    } catch (error) {
      opening = undefined;
      lent = false;
      throw error;
    }
  },
};

/**
 * Closes the worker's PGlite, from the global teardown: with one worker Jest runs the files in its
 * own process, which PGlite's timers would otherwise keep alive after the run.
 */
export async function closeWorkerPglite(): Promise<void> {
  const open = opening;
  opening = undefined;
  await (await open?.catch(() => undefined))?.close();
}

export default class ClassroomPgliteEnvironment extends NodeEnvironment {
  override async setup(): Promise<void> {
    await super.setup();
    this.global.classroomSharedPglite = shared;
  }

  override async teardown(): Promise<void> {
    // A file that failed before closing its database must not keep the next file from it.
    lent = false;
    await super.teardown();
  }
}

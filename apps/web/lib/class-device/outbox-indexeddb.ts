/**
 * The outbox in IndexedDB: it survives a reload, a closed tab and a dead battery, and the service
 * worker can read it for Background Sync (sw/class-sync.ts opens the same database).
 */
import type { OutboxEntry, OutboxStore } from './outbox-store';

export const OUTBOX_DB = 'sayswho-class';
export const OUTBOX_STORE = 'outbox';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function openOutboxDb(): Promise<IDBDatabase> {
  const open = indexedDB.open(OUTBOX_DB, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore(OUTBOX_STORE, { keyPath: 'event.id' });
  };
  return request(open);
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function indexedDbOutbox(db: IDBDatabase): OutboxStore {
  const write = (change: (store: IDBObjectStore) => void) => {
    const tx = db.transaction(OUTBOX_STORE, 'readwrite');
    change(tx.objectStore(OUTBOX_STORE));
    return done(tx);
  };
  return {
    add: (entry) => write((store) => store.put(entry)),
    async list() {
      const tx = db.transaction(OUTBOX_STORE, 'readonly');
      const all = (await request(tx.objectStore(OUTBOX_STORE).getAll())) as OutboxEntry[];
      return all.sort((a, b) => a.seq - b.seq);
    },
    put: (entries) => write((store) => entries.forEach((entry) => store.put(entry))),
    remove: (ids) => write((store) => ids.forEach((id) => store.delete(id))),
  };
}

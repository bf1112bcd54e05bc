import type { ChangeStore, QueuedChange } from "./queue";

const databaseName = "rapport-offline";
const storeName = "changes";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** The waiting changes in IndexedDB, where they outlive a reload, a closed tab and a phone
 * that ran out of battery. */
export function indexedDbStore(factory: IDBFactory = indexedDB): ChangeStore {
  let opened: Promise<IDBDatabase> | undefined;
  const open = () => {
    opened ??= new Promise((resolve, reject) => {
      const req = factory.open(databaseName, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(storeName, { keyPath: "key" });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    return opened;
  };
  const changes = async (mode: IDBTransactionMode) =>
    (await open()).transaction(storeName, mode).objectStore(storeName);
  return {
    all: async () => (await request((await changes("readonly")).getAll())) as QueuedChange[],
    put: async (change) => {
      await request((await changes("readwrite")).put(change));
    },
    remove: async (key) => {
      await request((await changes("readwrite")).delete(key));
    },
  };
}

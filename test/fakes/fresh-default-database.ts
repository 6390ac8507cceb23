/**
 * Deletes the extension's default database (`kubelist-curator`), for tests of code that opens it
 * itself (the service worker's handlers): each test starts from an empty one.
 */
export const freshDefaultDatabase = () =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('kubelist-curator');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

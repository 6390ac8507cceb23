import { afterEach, describe, expect, it } from 'vitest';
import { NewerDataError } from '../../../../src/storage';
import { explainStorageError, reloadNeeded, StorageError, unavailable } from '../../../../src/storage/errors';
import { errorText } from '../../../../src/ui/error-text';
import { speakEnglish, speakGerman } from '../../german';

afterEach(speakEnglish);

const quota = () => explainStorageError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
const noIndexedDb = () => unavailable(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'));

describe('errorText', () => {
  it('words each storage failure, with the browser’s own words for the cause where they help', () => {
    expect(errorText(quota())).toBe(
      "There is no room left to save: the disk is full or the browser's storage limit was reached. Free some disk space; what was saved before is safe.",
    );
    expect(errorText(noIndexedDb())).toBe(
      "This browser won't let Kubelist Curator keep data here (IndexedDB is unavailable, as in a private window), so nothing can be saved. (A mutation operation was attempted on a database that did not allow mutations.)",
    );
    expect(errorText(reloadNeeded())).toBe(
      'Kubelist Curator was updated in another tab, so this page stopped saving. Reload it to carry on; everything written before was saved.',
    );
    expect(errorText(new NewerDataError())).toBe(
      'Your data was saved by a newer version of Kubelist Curator. Update the extension to open it; nothing has been changed or deleted.',
    );
    expect(errorText(new StorageError('upgradeFailed', { cause: new Error('step 4 broke') }))).toBe(
      'Updating the stored data to this version failed, so it was left exactly as it was. (step 4 broke)',
    );
    expect(errorText(new StorageError('rekeyFailed', { cause: new Error('no room') }))).toBe(
      "Updating the stored links to this version's address rules failed, so they were left as they were. (no room)",
    );
  });

  it('leaves an error the extension did not make in its own words', () => {
    expect(errorText(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(errorText('plain')).toBe('plain');
  });

  it('speaks German', () => {
    speakGerman();
    expect(errorText(quota())).toBe(
      'Es ist kein Platz mehr zum Speichern: Die Festplatte ist voll, oder der Browser hat seine Speichergrenze erreicht. Geben Sie etwas Speicherplatz frei; was bisher gespeichert wurde, ist sicher.',
    );
    expect(errorText(new StorageError('upgradeFailed', { cause: new Error('step 4 broke') }))).toBe(
      'Die gespeicherten Daten ließen sich nicht auf diese Version umstellen, daher blieben sie genau so, wie sie waren. (step 4 broke)',
    );
  });
});

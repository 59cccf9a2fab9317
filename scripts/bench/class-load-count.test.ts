import { countEvents } from './class-load-count';

const header = JSON.stringify({ format: 'sayswho-class-data', version: 1 });
const eventRow = (id: string) => JSON.stringify({ table: 'events', row: { id, kind: 'answer' } });
const studentRow = (id: string) => JSON.stringify({ table: 'students', row: { id } });
const trailer = JSON.stringify({ end: true, rows: 3 });

describe('counting what the server holds after a load run', () => {
  test('every event made is in the export: none lost, none twice', () => {
    const lines = [header, studentRow('s1'), eventRow('a'), eventRow('b'), trailer, ''];
    expect(countEvents(['a', 'b'], lines)).toEqual({
      made: 2,
      held: 2,
      lost: 0,
      duplicates: 0,
      strangers: 0,
      acknowledgedMissing: 0,
    });
  });

  test('an event a device made that the export lacks is lost, whatever else the export holds', () => {
    // A student row with the missing event's id must not count as the event.
    const lines = [header, studentRow('b'), eventRow('a'), eventRow('c'), trailer];
    expect(countEvents(['a', 'b'], lines)).toMatchObject({
      held: 1,
      lost: 1,
      strangers: 1,
    });
  });

  test('an event id in two rows counts as recorded twice', () => {
    const lines = [header, eventRow('a'), eventRow('a'), eventRow('b'), trailer];
    expect(countEvents(['a', 'b'], lines)).toMatchObject({ held: 2, lost: 0, duplicates: 1 });
  });

  test('an event the server acknowledged and the export lacks is counted apart from one still on a device', () => {
    const lines = [header, eventRow('a'), trailer];
    // "b" was answered recorded but is not in the export; "c" never got an answer (still on the device).
    expect(countEvents(['a', 'b', 'c'], lines, ['a', 'b'])).toMatchObject({
      held: 1,
      lost: 2,
      acknowledgedMissing: 1,
    });
  });
});

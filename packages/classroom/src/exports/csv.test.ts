import { csvCell, csvFile } from './csv';

describe('csvCell', () => {
  test.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rReturn', `"'\rReturn"`],
  ])('makes %j text a spreadsheet shows instead of running', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test('quotes a cell with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('said, “quietly”')).toBe('"said, “quietly”"');
    expect(csvCell('he said "no"')).toBe('"he said ""no"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  test('leaves plain text, a number and a missing value as they are', () => {
    expect(csvCell('Sam (2)')).toBe('Sam (2)');
    expect(csvCell(0.75)).toBe('0.75');
    expect(csvCell(null)).toBe('');
  });
});

test('a file is its rows, CRLF after each, after a byte-order mark', () => {
  expect(
    csvFile([
      ['name', 'score'],
      ['Sam', 1],
    ]),
  ).toBe('\uFEFFname,score\r\nSam,1\r\n');
});

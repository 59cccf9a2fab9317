import { exportFileName } from './export-file-name';

describe('the name of a class’s download', () => {
  it('names the class and the day', () => {
    expect(exportFileName('8B Media studies', '2025-06-30')).toBe(
      'sayswho-8b-media-studies-2025-06-30.jsonl',
    );
  });

  it('keeps only plain letters, so the header never needs escaping', () => {
    expect(exportFileName('Élèves "B" / 3ᵉ', '2025-06-30')).toBe(
      'sayswho-eleves-b-3e-2025-06-30.jsonl',
    );
    expect(exportFileName('日本語', '2025-06-30')).toBe('sayswho-class-2025-06-30.jsonl');
  });

  it('tells the results downloads apart from the class’s data', () => {
    expect(exportFileName('8B', '2025-06-30', '-results.csv')).toBe(
      'sayswho-8b-2025-06-30-results.csv',
    );
  });
});

import {
  ANNOTATION_KINDS,
  CLAIM_STATUSES,
  DIFFERENCE_KINDS,
  LAYER_KINDS,
  SOURCE_TYPES,
  vocabularyIds,
} from './vocabulary';

describe('the vocabulary', () => {
  it.each([
    ['annotation kinds', ANNOTATION_KINDS],
    ['source types', SOURCE_TYPES],
    ['claim statuses', CLAIM_STATUSES],
    ['difference kinds', DIFFERENCE_KINDS],
  ])('gives every one of the %s a label and a one-line definition', (_name, vocab) => {
    for (const entry of Object.values(vocab)) {
      expect(entry.label.trim()).not.toBe('');
      expect(entry.definition).toMatch(/^\S.*[.)]$/);
      expect(entry.definition).not.toContain('\n');
    }
  });

  it('puts every annotation kind on exactly one reader layer', () => {
    const onLayers = Object.values(LAYER_KINDS).flat();
    expect([...onLayers].sort()).toEqual(vocabularyIds(ANNOTATION_KINDS).sort());
  });
});

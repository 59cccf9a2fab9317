import { fromArticle, toArticle } from './compare.testdata';
import { storyOrigin } from './story-origin';

const wire = (article: typeof fromArticle, w: string | null) => ({ ...article, wire: w });

describe('what the compare page says about where the two versions come from', () => {
  it('names the wire service when both versions credit the same one', () => {
    expect(storyOrigin(fromArticle, toArticle)).toBe(
      'The Daily and The Courier both printed this Associated Press report.',
    );
  });

  it('says nothing about a wire service when neither version names one', () => {
    const said = storyOrigin(wire(fromArticle, null), wire(toArticle, null));
    expect(said).toBe('The Daily and The Courier each printed a version of this story.');
    expect(said).not.toMatch(/Associated Press|wire|report/);
  });

  it('says what each version credits when they differ', () => {
    expect(storyOrigin(fromArticle, wire(toArticle, 'Reuters'))).toBe(
      'The Daily credits it to Associated Press; The Courier credits it to Reuters.',
    );
    expect(storyOrigin(fromArticle, wire(toArticle, null))).toBe(
      'The Daily credits it to Associated Press; The Courier names no wire service.',
    );
  });
});

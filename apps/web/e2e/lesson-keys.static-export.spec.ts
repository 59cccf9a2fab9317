import { expect, test } from './fixtures';
import { lessonPaths, readLessonPage } from './lesson-answers';

/** The static export serves the same key files, at the same addresses, as `next start`. */
test('in the static export every lesson page loads and every exercise key is a JSON file', async ({
  request,
}) => {
  const paths = await lessonPaths(request);
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    const page = await readLessonPage(request, `${path}/`);
    expect(page.keyUrls.length, `exercises in ${path}`).toBeGreaterThan(0);
    for (const url of page.keyUrls) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(((await response.json()) as { id: string }).id).toBe(
        url
          .split('/')
          .pop()!
          .replace(/\.json$/, ''),
      );
    }
    for (const secret of page.secrets) expect(page.html).not.toContain(secret);
  }
});

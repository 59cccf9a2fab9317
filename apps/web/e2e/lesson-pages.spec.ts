/**
 * What the server sends a student, read without a browser: no lesson page holds an answer, and
 * each key is its own file. (teacher-view.spec.ts checks the teacher view and the student page
 * after it runs.)
 */
import { expect, test } from './fixtures';
import { lessonPaths, readLessonPage } from './lesson-answers';

test('no student lesson page holds an answer, a feedback, a correct flag or an explanation', async ({
  request,
}) => {
  const paths = await lessonPaths(request);
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) {
    const page = await readLessonPage(request, path);
    expect(page.keyUrls.length, `exercises in ${path}`).toBeGreaterThan(0);
    expect(page.secrets.length, `answer texts of ${path}`).toBeGreaterThan(0);
    for (const secret of page.secrets)
      expect(page.html, `${path} must not contain “${secret}”`).not.toContain(secret);
    expect(page.html).not.toMatch(/"correct"\s*:/);
    expect(page.html).not.toMatch(/"explanationHtml"/);
    expect(page.html, 'the student page does not link to the teacher view').not.toMatch(
      /href="[^"]*\/teacher/,
    );
  }
});

test('each exercise’s key is a JSON file at /keys/<lesson>/<exercise>.json', async ({
  request,
}) => {
  const [path] = await lessonPaths(request);
  const { keyUrls } = await readLessonPage(request, path!);
  for (const url of keyUrls) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const key = (await response.json()) as { id: string; type: string };
    expect(url.endsWith(`/${key.id}.json`)).toBe(true);
    expect(['spot', 'choice', 'classify', 'rewrite', 'compare']).toContain(key.type);
  }
});

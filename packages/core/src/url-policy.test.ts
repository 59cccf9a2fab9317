import { linkFix, linkTarget } from './url-policy';

test.each([
  ['https://apnews.com', 'web'],
  ['HTTPS://apnews.com/article?id=1#top', 'web'],
  ['/lessons/can-anyone-check-that/', 'kit'],
  ['#the-components', 'kit'],
  ['can-anyone-check-that', 'kit'],
  ['../compare/', 'kit'],
])('a link to %s opens a page (%s)', (url, target) => {
  expect(linkTarget(url)).toBe(target);
});

// Each would run script, leave the kit for an insecure or unexpected place, or pass for a kit page
// while a browser reads it as another site.
test.each([
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://evil.example/',
  '//evil.example/',
  '\\\\evil.example/',
  '/\\evil.example/',
  '/\t/evil.example/',
  'https:evil.example',
  'https:/evil.example',
  'https:\\\\evil.example',
  'https://',
  'mailto:someone@example.com',
  'file:///etc/passwd',
  'blob:https://evil.example/1',
])('a link to %j is refused', (url) => {
  expect(linkTarget(url)).toBeNull();
});

test('the fix for an http:// link says to write https://', () => {
  expect(linkFix('http://apnews.com')).toMatch(/https:\/\/ instead of http:\/\//);
  expect(linkFix('javascript:alert(1)')).toMatch(/https:\/\/….*\/lessons\/<name>\//);
});

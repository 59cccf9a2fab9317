import { isClassPage, isNeverCached } from './never-cached';

describe('the addresses the service worker never caches', () => {
  it.each([
    '/api/class/join',
    '/api/class/live',
    '/api/class/keys/who-says-so/cue-words',
    '/api/class/teacher/classes/0b4c/export',
    '/class/0b4c8f1e-0000-4000-8000-000000000000',
    '/class/0b4c/lessons/who-says-so',
    '/teacher',
    '/teacher/',
    '/teacher/classes/new',
    '/join',
    '/join/',
  ])('leaves %s to the network', (pathname) => {
    expect(isNeverCached(pathname)).toBe(true);
  });

  it.each([
    '/',
    '/lessons/who-says-so',
    '/lessons/who-says-so/teacher',
    '/keys/who-says-so/cue-words',
    '/articles/latimes-1',
    '/classroom',
    '/teachers-guide',
    '/joined',
    '/api/classes',
  ])('keeps %s as before', (pathname) => {
    expect(isNeverCached(pathname)).toBe(false);
  });
});

describe('the class pages that get the "needs the network" page offline', () => {
  it.each(['/class/0b4c', '/class/0b4c/lessons/who-says-so', '/join', '/join/'])(
    'covers %s',
    (pathname) => {
      expect(isClassPage(pathname)).toBe(true);
    },
  );

  it.each(['/teacher', '/api/class/me', '/lessons/who-says-so', '/classroom', '/joined'])(
    'leaves %s out (a teacher page, the API, or not a class page)',
    (pathname) => {
      expect(isClassPage(pathname)).toBe(false);
    },
  );
});

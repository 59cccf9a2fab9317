/** @jest-environment node */
import { contentSecurityPolicy, securityHeaders, staticHostHeadersFile } from './security-headers';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the kit’s Content-Security-Policy', () => {
  it('lets a built page load only its own files, and nobody frame it', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
  });

  it('allows only the hashed inline styles when it is given their hashes, and none given none', () => {
    const policy = (styleHashes: string[]) =>
      directives(contentSecurityPolicy({ scriptHashes: [], styleHashes })).get('style-src');
    expect(policy(["'sha256-abc='"])).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy([])).toEqual(["'self'"]);
  });

  it('allows only the hashed inline scripts when it is given their hashes', () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: ["'sha256-abc='"] }));
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
  });

  it('leaves inline scripts and styles to each page’s own policy when it has no hashes (the header)', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('leaves frame-ancestors out of a <meta> policy, where browsers ignore it', () => {
    expect(contentSecurityPolicy({ meta: true })).not.toContain('frame-ancestors');
  });

  it('gives eval and inline scripts to the live preview only', () => {
    const policy = directives(contentSecurityPolicy({ dev: true }));
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(securityHeaders().find((h) => h.key === 'Content-Security-Policy')?.value).not.toContain(
      'unsafe-eval',
    );
  });
});

describe('the static export’s _headers file', () => {
  it('sends every header of `next start` on every path, in the format Netlify and Cloudflare read', () => {
    const lines = staticHostHeadersFile().split('\n');
    expect(lines).toContain('/*');
    for (const { key, value } of securityHeaders()) expect(lines).toContain(`  ${key}: ${value}`);
  });
});

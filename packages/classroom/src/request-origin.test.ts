import { clientAddress, CROSS_SITE, isSameOrigin } from './request-origin';

describe('writes come from the kit’s own pages only', () => {
  const requestOrigin = 'http://192.168.1.20:3000';

  test('the page’s own origin is allowed', () => {
    expect(
      isSameOrigin({ origin: requestOrigin, secFetchSite: 'same-origin', requestOrigin }, null),
    ).toEqual({ ok: true, value: null });
  });

  test.each([
    ['another site', { origin: 'https://evil.example', secFetchSite: 'cross-site' }],
    ['another site without Sec-Fetch-Site', { origin: 'https://evil.example', secFetchSite: null }],
    ['no Origin at all', { origin: null, secFetchSite: null }],
    ['a sibling origin', { origin: requestOrigin, secFetchSite: 'same-site' }],
  ])('%s is refused', (_, headers) => {
    expect(isSameOrigin({ ...headers, requestOrigin }, null)).toEqual({
      ok: false,
      status: 403,
      code: 'forbidden',
      reason: CROSS_SITE,
    });
  });

  test('behind a reverse proxy, the origin is PUBLIC_URL, not the address the server saw', () => {
    const publicUrl = 'https://kit.school.example';
    expect(
      isSameOrigin(
        { origin: publicUrl, secFetchSite: 'same-origin', requestOrigin: 'http://127.0.0.1:3000' },
        publicUrl,
      ),
    ).toMatchObject({ ok: true });
    expect(
      isSameOrigin(
        {
          origin: 'http://127.0.0.1:3000',
          secFetchSite: null,
          requestOrigin: 'http://127.0.0.1:3000',
        },
        publicUrl,
      ),
    ).toMatchObject({ ok: false });
  });
});

describe('the client address the rate limits see', () => {
  test('with no proxy: the connection’s own address, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('6.6.6.6', 0, '203.0.113.7')).toBe('203.0.113.7');
  });

  test('behind one proxy: the address that proxy saw, not what the client claimed before it', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.7', 1, '10.0.0.1')).toBe('203.0.113.7');
  });

  test('behind two proxies: the second entry from the right', () => {
    expect(clientAddress('6.6.6.6, 203.0.113.7, 10.0.0.2', 2, '10.0.0.3')).toBe('203.0.113.7');
  });

  test('behind a proxy that sent no header: the connection’s address', () => {
    expect(clientAddress(null, 1, '192.0.2.1')).toBe('192.0.2.1');
  });
});

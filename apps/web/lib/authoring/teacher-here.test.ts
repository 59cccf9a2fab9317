/**
 * @jest-environment node
 */
import { PEER_ADDRESS_HEADER } from '@/lib/class-server/peer-address';
import { classRequest, type RequestParts } from '@/lib/class-server/testing/requests';
import {
  isLoopbackAddress,
  ONLY_FROM_THE_KIT,
  ONLY_FROM_THIS_MACHINE,
  ONLY_IN_DEV,
  teacherHere,
} from './teacher-here';

/** A save as the authoring page sends it from this machine, with one part changed. */
const save = (parts: RequestParts = {}, peer = '127.0.0.1') =>
  classRequest('/author/article', {
    body: {},
    ...parts,
    headers: { [PEER_ADDRESS_HEADER]: peer, ...parts.headers },
  });

describe('teacherHere: who may write the corpus from the browser', () => {
  beforeEach(() => jest.replaceProperty(process.env, 'NODE_ENV', 'development'));

  it('lets in the kit’s own page on this machine, over IPv4 and IPv6', () => {
    expect(teacherHere(save()).ok).toBe(true);
    expect(teacherHere(save({}, '::1')).ok).toBe(true);
    expect(teacherHere(save({}, '::ffff:127.0.0.1')).ok).toBe(true);
    const byName = { host: 'localhost:3000', 'sec-fetch-site': 'same-origin' };
    expect(teacherHere(save({ origin: 'http://localhost:3000', headers: byName })).ok).toBe(true);
  });

  it.each([
    ['another computer on the school network', '192.168.1.23'],
    ['another computer over IPv6', 'fe80::1'],
    ['a connection whose address is unknown', 'unknown'],
  ])('refuses %s with 403, whatever it claims in X-Forwarded-For', (_who, peer) => {
    const asked = save({ headers: { 'x-forwarded-for': '127.0.0.1' } }, peer);
    expect(teacherHere(asked)).toMatchObject({
      ok: false,
      status: 403,
      reason: ONLY_FROM_THIS_MACHINE,
    });
  });

  it('refuses a page of another site that a resolver points at this machine (DNS rebinding)', () => {
    const evil = 'http://evil.example:3000';
    const asked = save({ origin: evil, headers: { host: 'evil.example:3000' } });
    expect(teacherHere(asked)).toMatchObject({ status: 403, reason: ONLY_FROM_THIS_MACHINE });
  });

  it.each([
    ['another origin', { origin: 'http://evil.example' }],
    ['another port of this machine', { origin: 'http://127.0.0.1:4000' }],
    ['no Origin header', { origin: null }],
    [
      'a cross-site fetch that forged nothing else',
      { headers: { 'sec-fetch-site': 'cross-site' } },
    ],
  ])('refuses a request from %s with 403', (_what, parts) => {
    expect(teacherHere(save(parts))).toMatchObject({ status: 403, reason: ONLY_FROM_THE_KIT });
  });

  it('answers 404 in a production server (npm start), even to the kit’s own page here', () => {
    jest.replaceProperty(process.env, 'NODE_ENV', 'production');
    expect(teacherHere(save())).toMatchObject({ status: 404, reason: ONLY_IN_DEV });
  });

  it('knows loopback addresses from the others', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].every(isLoopbackAddress)).toBe(
      true,
    );
    expect(['10.0.0.1', '::ffff:10.0.0.1', '1127.0.0.1', 'fe80::1'].some(isLoopbackAddress)).toBe(
      false,
    );
  });
});

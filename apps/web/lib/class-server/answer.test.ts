import { ok, refuse } from '@sayswho/classroom';
import { answer } from './answer';

describe('answering a class request', () => {
  it('sends a value as JSON that nothing may keep', async () => {
    const response = answer(ok({ id: 'a' }), 201);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ id: 'a' });
  });

  it('sends a refusal as its code and reason with its status', async () => {
    const response = answer(refuse('not-found', 'There is no such class among yours.'));
    expect(response.status).toBe(404);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      code: 'not-found',
      reason: 'There is no such class among yours.',
    });
  });

  it('says when to try again after a rate limit or an outage', () => {
    const response = answer(refuse('rate-limited', 'Too many wrong codes.', 120));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('120');
  });
});

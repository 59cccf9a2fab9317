import { unavailableReason } from './guard';

test.each([
  [
    'a refused connection',
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
  ],
  [
    'a server shutting down',
    Object.assign(new Error('terminating connection due to administrator command'), {
      code: '57P01',
    }),
  ],
  [
    'a full disk',
    Object.assign(new Error('could not extend file: No space left on device'), { code: '53100' }),
  ],
  [
    'a dropped connection, wrapped by Drizzle',
    new Error('Failed query: insert …', { cause: new Error('Connection terminated unexpectedly') }),
  ],
])('%s is a fault of the moment (503, the device retries)', (_, error) => {
  expect(unavailableReason(error)).not.toBeNull();
});

test.each([
  ['a bug', new TypeError('x is undefined')],
  ['a broken constraint', Object.assign(new Error('duplicate key value'), { code: '23505' })],
])('%s is not: it is thrown as it is', (_, error) => {
  expect(unavailableReason(error)).toBeNull();
});

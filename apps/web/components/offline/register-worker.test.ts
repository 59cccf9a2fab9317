import { registerWorker } from './register-worker';

function fakeContainer(leftover: { unregister: jest.Mock }[]) {
  return {
    controller: null,
    register: jest.fn(() => new Promise(() => {})),
    getRegistrations: jest.fn(async () => leftover),
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
  };
}

function withNodeEnv(value: string, run: () => void) {
  const env = process.env as Record<string, string | undefined>;
  const before = env.NODE_ENV;
  env.NODE_ENV = value;
  try {
    run();
  } finally {
    env.NODE_ENV = before;
  }
}

function installContainer(container: ReturnType<typeof fakeContainer>) {
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
}

test('in the live preview (next dev) no service worker is registered, and one left by a production run is removed', async () => {
  const leftover = { unregister: jest.fn(async () => true) };
  const container = fakeContainer([leftover]);
  installContainer(container);

  withNodeEnv('development', () => registerWorker(() => {})());
  await new Promise((resolve) => setTimeout(resolve, 0));

  expect(container.register).not.toHaveBeenCalled();
  expect(leftover.unregister).toHaveBeenCalled();
});

test('a production build registers the worker for the whole kit', () => {
  const container = fakeContainer([]);
  installContainer(container);

  withNodeEnv('production', () => registerWorker(() => {})());

  expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
});

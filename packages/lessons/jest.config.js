import { createRequire } from 'node:module';

const { nodeProject } = createRequire(import.meta.url)('../../jest.shared.cjs');

/** Unit tests of the lesson checker. */
export default nodeProject('lessons');

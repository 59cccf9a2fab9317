const { nodeProject } = require('../jest.shared.cjs');

/** Unit tests of the repo's tools: how the bench reads a trace and judges its budgets. */
module.exports = { ...nodeProject('scripts'), roots: ['<rootDir>'] };

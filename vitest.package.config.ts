import { defineConfig } from 'vitest/config';

// The packaging tests (`npm run test:package`): they run on the built package, so CI runs them
// after `npm run build`. `npm test` (vitest.config.ts) leaves them out and needs no dist/.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    globalSetup: ['test/package/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

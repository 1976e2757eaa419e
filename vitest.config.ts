import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // A ceiling for a test that hangs, not a measure of speed: several tests start Node processes or
    // threads, and on a busy 2-core machine Vitest's 5 s default failed correct ones.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit and property tests: src/domain, schemas and build helpers. Browser tests live in tests/e2e (Playwright).
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 120_000,
  },
});

import { test } from '@playwright/test';
import { buildEngineSite } from '../support/engine-site';

// The engine tests' site, built once before them (the `engine` project depends on this one).
test('build the fixture site', () => {
  test.setTimeout(600_000);
  buildEngineSite();
});

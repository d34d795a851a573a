import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, expect, type MockInstance, vi } from 'vitest';

// graphcache reports a missing key or __typename with console.warn: treat that as a failure.
let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  expect(warn).not.toHaveBeenCalled();
});

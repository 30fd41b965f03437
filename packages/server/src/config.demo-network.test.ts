import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig: DEMO_NETWORK', () => {
  it('loads the demo network unless DEMO_NETWORK=off', () => {
    expect(loadConfig({}, '/srv').demoNetwork).toBeUndefined();
    expect(loadConfig({ DEMO_NETWORK: 'on' }, '/srv').demoNetwork).toBeUndefined();
    expect(loadConfig({ DEMO_NETWORK: 'off' }, '/srv').demoNetwork).toBe(false);
    expect(loadConfig({ DEMO_NETWORK: ' OFF ' }, '/srv').demoNetwork).toBe(false);
  });

  it('names DEMO_NETWORK when it is neither on nor off', () => {
    expect(() => loadConfig({ DEMO_NETWORK: 'no' }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ DEMO_NETWORK: 'no' }, '/srv')).toThrow(/DEMO_NETWORK must be on or off/);
  });
});

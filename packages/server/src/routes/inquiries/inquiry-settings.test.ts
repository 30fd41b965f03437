import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';

describe('INQUIRY_FIRST_CONTACT_TARGET_MINUTES', () => {
  it('is unset by default (the routes use 60 minutes)', () => {
    expect(loadConfig({}, '/srv').inquiryFirstContactTargetMinutes).toBeUndefined();
  });

  it('takes a whole number of minutes up to a week', () => {
    expect(loadConfig({ INQUIRY_FIRST_CONTACT_TARGET_MINUTES: '30' }, '/srv').inquiryFirstContactTargetMinutes).toBe(
      30,
    );
    expect(loadConfig({ INQUIRY_FIRST_CONTACT_TARGET_MINUTES: '10080' }, '/srv').inquiryFirstContactTargetMinutes).toBe(
      10080,
    );
  });

  it.each(['0', '-5', '1.5', 'soon', '10081'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ INQUIRY_FIRST_CONTACT_TARGET_MINUTES: value }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ INQUIRY_FIRST_CONTACT_TARGET_MINUTES: value }, '/srv')).toThrow(
      /INQUIRY_FIRST_CONTACT_TARGET_MINUTES/,
    );
  });
});

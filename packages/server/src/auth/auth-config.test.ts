import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { publicUrlOf } from './identity.js';

describe('identity configuration', () => {
  it('reads AUTH_SECRET, PUBLIC_URL (trailing slash dropped), TRUSTED_PROXY and DATABASE_URL', () => {
    const config = loadConfig(
      {
        AUTH_SECRET: 's'.repeat(32),
        PUBLIC_URL: 'https://care.example.org/',
        TRUSTED_PROXY: '10.0.0.0/8, 127.0.0.1',
        DATABASE_URL: 'postgres://kc:pw@db.example.org:5432/kc',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      authSecret: 's'.repeat(32),
      publicUrl: 'https://care.example.org',
      trustedProxy: '10.0.0.0/8, 127.0.0.1',
      databaseUrl: 'postgres://kc:pw@db.example.org:5432/kc',
    });
    expect(publicUrlOf(config)).toBe('https://care.example.org');
  });

  it('defaults the public URL to http://localhost:PORT and leaves the rest unset', () => {
    const config = loadConfig({ PORT: '8080' }, '/srv');
    expect(publicUrlOf(config)).toBe('http://localhost:8080');
    expect(config.authSecret).toBeUndefined();
    expect(config.trustedProxy).toBeUndefined();
    expect(config.databaseUrl).toBeUndefined();
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ AUTH_SECRET: 'short' }, '/srv')).toThrow(/AUTH_SECRET must be at least 32 characters/);
    expect(() => loadConfig({ PUBLIC_URL: 'ftp://x.example' }, '/srv')).toThrow(/PUBLIC_URL must be an http\(s\) URL/);
    expect(() => loadConfig({ TRUSTED_PROXY: 'everyone' }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' }, '/srv')).toThrow(/DATABASE_URL must be a postgres:\/\/ URL/);
  });
});

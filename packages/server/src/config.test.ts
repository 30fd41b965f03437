import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/srv/app/data',
      logLevel: 'info',
      nodeEnv: 'production',
    });
  });

  it('reads PORT, HOST, DATA_DIR, LOG_LEVEL and NODE_ENV', () => {
    const env = { PORT: '8080', HOST: '127.0.0.1', DATA_DIR: '/var/lib/kc', LOG_LEVEL: 'warn', NODE_ENV: 'test' };
    expect(loadConfig(env, '/srv/app')).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/kc',
      logLevel: 'warn',
      nodeEnv: 'test',
    });
  });

  it('resolves a relative DATA_DIR against the working folder', () => {
    expect(loadConfig({ DATA_DIR: 'state/db' }, '/srv/app').dataDir).toBe('/srv/app/state/db');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATA_DIR: '' }, '/srv/app')).toMatchObject({ port: 3000, dataDir: '/srv/app/data' });
  });

  it('accepts port 0 (an ephemeral port, for tests)', () => {
    expect(loadConfig({ PORT: '0' }, '/srv').port).toBe(0);
  });

  it.each(['abc', '-1', '65536', '80.5'])('rejects PORT=%s, naming the variable', (port) => {
    expect(() => loadConfig({ PORT: port }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: port }, '/srv')).toThrow(/PORT must be a whole number from 0 to 65535/);
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' }, '/srv')).toThrow(/PORT .*; LOG_LEVEL must be one of/);
  });

  it('reads AUDIT_KEY and AUDIT_KEY_PREVIOUS (oldest first) as base64 keys of at least 32 bytes', () => {
    const current = Buffer.alloc(32, 1).toString('base64');
    const older = [Buffer.alloc(32, 2).toString('base64url'), Buffer.alloc(48, 3).toString('base64')];
    expect(loadConfig({ AUDIT_KEY: current, AUDIT_KEY_PREVIOUS: older.join(', ') }, '/srv')).toMatchObject({
      auditKey: current,
      auditKeysPrevious: older,
    });
  });

  it.each([
    ['a passphrase', 'AUDIT_KEY must be base64 of at least 32 random bytes'],
    [Buffer.alloc(31).toString('base64'), 'AUDIT_KEY must be base64 of at least 32 random bytes'],
    [`${Buffer.alloc(32).toString('base64')},${Buffer.alloc(32, 1).toString('base64')}`, 'AUDIT_KEY must be one key'],
  ])('rejects AUDIT_KEY=%s, naming the variable', (value, message) => {
    expect(() => loadConfig({ AUDIT_KEY: value }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ AUDIT_KEY: value }, '/srv')).toThrow(message);
  });

  it('refuses AUDIT_KEY_PREVIOUS without the current AUDIT_KEY', () => {
    expect(() => loadConfig({ AUDIT_KEY_PREVIOUS: Buffer.alloc(32).toString('base64') }, '/srv')).toThrow(
      'AUDIT_KEY_PREVIOUS needs AUDIT_KEY',
    );
  });
});

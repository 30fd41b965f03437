import type { ScratchTarget } from '@kratom-care/store';
import { afterEach, beforeEach } from 'vitest';
import type { AppConfig } from '../config.js';
import { createAccessWorld, type AccessWorld } from './access-world.js';

/**
 * Gives each test of the enclosing `describe` a fresh access world and disposes of it afterwards.
 * Fresh per test because disclosures and the audit log are append-only: a test that wrote cannot
 * clean up after itself.
 *
 * @param target - SQLite or PostgreSQL.
 * @param config - The app's configuration, when a test needs other settings than the test default.
 * @returns The current test's world (call it inside a test or hook, not while collecting).
 */
export function useAccessWorld(target: ScratchTarget, config?: AppConfig): () => AccessWorld {
  let world: AccessWorld | undefined;
  beforeEach(async () => {
    world = await createAccessWorld(target, undefined, config);
  }, 30_000);
  afterEach(async () => {
    await world?.dispose();
    world = undefined;
  });
  return () => {
    if (world === undefined) {
      throw new Error('The access world exists only while a test runs');
    }
    return world;
  };
}

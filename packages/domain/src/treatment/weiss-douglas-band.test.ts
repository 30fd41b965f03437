import { describe, expect, it } from 'vitest';
import type { KratomProductUse } from './treatment-input.js';
import { classifyWeissDouglasBand } from './weiss-douglas-band.js';

const LEAF: KratomProductUse = { form: 'leaf-powder', gramsLogged: true };
const band = (gramsPerDay: number | null, products: readonly KratomProductUse[] = [LEAF]): string =>
  classifyWeissDouglasBand({ gramsPerDay, products, lastDoseAtMs: null }).band;

describe('classifyWeissDouglasBand', () => {
  it.each([
    [0, 'under-20'],
    [19.9, 'under-20'],
    [19.999999, 'under-20'],
    [20, '20-to-40'],
    [20.1, '20-to-40'],
    [39.9, '20-to-40'],
    [40, '20-to-40'],
    [40.000001, 'over-40'],
    [40.1, 'over-40'],
  ])('places %d g/day in %s', (grams, expected) => {
    expect(band(grams)).toBe(expected);
  });

  it('keeps a sum that floating point puts a hair off 20 g on the boundary', () => {
    // 0.1 * 3 is 0.30000000000000004; 66.666… × 0.3 style sums must not cross a band edge.
    expect(band(0.1 * 200 + 1e-12)).toBe('20-to-40');
    expect(band(40 + 1e-9)).toBe('20-to-40');
  });

  it('gives the buprenorphine range only for the published bands', () => {
    expect(
      classifyWeissDouglasBand({ gramsPerDay: 12, products: [LEAF], lastDoseAtMs: null }).buprenorphineMgPerDay,
    ).toEqual({
      min: 4,
      max: 8,
    });
    expect(
      classifyWeissDouglasBand({ gramsPerDay: 35, products: [LEAF], lastDoseAtMs: null }).buprenorphineMgPerDay,
    ).toBeNull();
    expect(
      classifyWeissDouglasBand({ gramsPerDay: 60, products: [LEAF], lastDoseAtMs: null }).buprenorphineMgPerDay,
    ).toEqual({
      min: 12,
      max: 16,
    });
  });

  it('counts capsules in grams and tea with the grams brewed', () => {
    expect(
      band(12, [
        { form: 'capsule', gramsLogged: true },
        { form: 'tea', gramsLogged: true },
      ]),
    ).toBe('under-20');
  });

  it.each([
    ['tea without grams', [{ form: 'tea', gramsLogged: false }]],
    ['an extract beside leaf', [LEAF, { form: 'extract-or-concentrate', gramsLogged: false }]],
    ['a 7-OH product beside leaf', [LEAF, { form: '7-oh-product', gramsLogged: false }]],
    ['a tonic', [{ form: 'tonic', gramsLogged: false }]],
    ['a shot', [{ form: 'shot', gramsLogged: false }]],
    ['an unknown form', [{ form: 'unknown', gramsLogged: true }]],
  ] as const)('gives no band for %s, never one from part of the use', (_label, products) => {
    expect(band(12, products)).toBe('product-no-band');
  });

  it('says grams are unknown when nothing is logged in grams', () => {
    expect(band(null)).toBe('grams-unknown');
    expect(band(12, [])).toBe('grams-unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_MILES, boundingBox, distanceMiles, type BoundingBox, type LatLng } from './great-circle.js';

const DEG = Math.PI / 180;
/** Degrees of arc for a distance along a great circle. */
const degreesFor = (miles: number): number => miles / EARTH_RADIUS_MILES / DEG;

/** The point `miles` away from `from` on `bearing` degrees (spherical destination formula, movable-type.co.uk). */
function destination(from: LatLng, bearing: number, miles: number): LatLng {
  const d = miles / EARTH_RADIUS_MILES;
  const lat1 = from.latitude * DEG;
  const lng1 = from.longitude * DEG;
  const b = bearing * DEG;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lng2 =
    lng1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { latitude: lat2 / DEG, longitude: ((lng2 / DEG + 540) % 360) - 180 };
}

function inBox(box: BoundingBox, point: LatLng): boolean {
  return (
    point.latitude >= box.minLatitude &&
    point.latitude <= box.maxLatitude &&
    box.longitudes.some((range) => point.longitude >= range.min && point.longitude <= range.max)
  );
}

describe('distanceMiles', () => {
  it('measures one degree of the equator as 69.09 miles', () => {
    expect(distanceMiles({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBeCloseTo(69.093, 3);
  });

  it('is zero for the same point and symmetric', () => {
    const a = { latitude: 40.1, longitude: -75.2 };
    const b = { latitude: 39.9, longitude: -74.8 };
    expect(distanceMiles(a, a)).toBe(0);
    expect(distanceMiles(a, b)).toBeCloseTo(distanceMiles(b, a), 9);
  });

  it('agrees with the published New York (JFK) to Los Angeles (LAX) great-circle distance', () => {
    // ~2,475 statute miles on a sphere of mean radius (Sinnott's worked example family; aviation tables 2,475 mi).
    const jfk = { latitude: 40.6413, longitude: -73.7781 };
    const lax = { latitude: 33.9416, longitude: -118.4085 };
    expect(distanceMiles(jfk, lax)).toBeGreaterThan(2465);
    expect(distanceMiles(jfk, lax)).toBeLessThan(2480);
  });

  it.each([
    ['north', 0],
    ['east', 90],
    ['south', 180],
    ['west', 270],
  ])('puts a fictional point exactly 50 miles %s at 50 miles, inside a 50-mile radius', (_name, bearing) => {
    const centre = { latitude: 41.5, longitude: -72.7 };
    const edge = destination(centre, bearing, 50);
    expect(distanceMiles(centre, edge)).toBeCloseTo(50, 6);
    expect(distanceMiles(centre, destination(centre, bearing, 49.999)) <= 50).toBe(true);
    expect(distanceMiles(centre, destination(centre, bearing, 50.01)) <= 50).toBe(false);
  });

  it('crosses the antimeridian the short way', () => {
    expect(distanceMiles({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 })).toBeCloseTo(69.093, 3);
  });
});

describe('boundingBox', () => {
  it('spans exactly the radius in latitude', () => {
    const box = boundingBox({ latitude: 0, longitude: 0 }, 69.093);
    expect(box.maxLatitude).toBeCloseTo(1, 3);
    expect(box.minLatitude).toBeCloseTo(-1, 3);
    expect(box.longitudes).toHaveLength(1);
    expect(box.longitudes[0]?.min).toBeCloseTo(-1, 3);
    expect(box.longitudes[0]?.max).toBeCloseTo(1, 3);
  });

  it.each([
    [{ latitude: 41.5, longitude: -72.7 }, 50],
    [{ latitude: 61.2, longitude: -149.9 }, 100],
    [{ latitude: 18.2, longitude: -66.5 }, 25],
    [{ latitude: -33.9, longitude: 151.2 }, 200],
  ])('contains every point of the circle around %o with radius %i, and nothing much beyond', (centre, radius) => {
    const box = boundingBox(centre, radius);
    for (let bearing = 0; bearing < 360; bearing += 5) {
      expect(inBox(box, destination(centre, bearing, radius * 0.9999))).toBe(true);
    }
    // North and south just past the radius fall outside the box.
    expect(inBox(box, destination(centre, 0, radius + 0.5))).toBe(false);
    expect(inBox(box, destination(centre, 180, radius + 0.5))).toBe(false);
    expect(box.maxLatitude - centre.latitude).toBeCloseTo(degreesFor(radius), 9);
  });

  it('splits into two longitude ranges across the antimeridian (Aleutians)', () => {
    const centre = { latitude: 52, longitude: 179.8 };
    const box = boundingBox(centre, 50);
    expect(box.longitudes).toHaveLength(2);
    expect(box.longitudes[0]?.max).toBe(180);
    expect(box.longitudes[1]?.min).toBe(-180);
    for (let bearing = 0; bearing < 360; bearing += 10) {
      expect(inBox(box, destination(centre, bearing, 49.99))).toBe(true);
    }
  });

  it('splits on the western side too', () => {
    const box = boundingBox({ latitude: 52, longitude: -179.9 }, 30);
    expect(box.longitudes).toHaveLength(2);
    expect(box.longitudes[0]?.max).toBe(180);
    const halfWidth = (box.longitudes[1]?.max ?? 0) + 179.9;
    expect(box.longitudes[1]?.min).toBe(-180);
    expect(box.longitudes[0]?.min).toBeCloseTo(180.1 - halfWidth, 9);
  });

  it('takes every longitude when the circle reaches a pole', () => {
    const box = boundingBox({ latitude: 89.5, longitude: 10 }, 100);
    expect(box.maxLatitude).toBe(90);
    expect(box.longitudes).toEqual([{ min: -180, max: 180 }]);
  });
});

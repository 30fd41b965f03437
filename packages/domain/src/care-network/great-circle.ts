/*
 * Distances on the earth as a sphere. The spherical error (up to about 0.5 % against the ellipsoid) is far
 * below what matters for "how far is this programme", and it keeps the bounding box and the exact test the
 * same model, so nothing inside the radius can fall outside the box.
 */

/** A point in decimal degrees (WGS 84). */
export interface LatLng {
  readonly latitude: number;
  readonly longitude: number;
}

/** The earth's mean radius (IUGG R1 = 6371.0088 km) in statute miles (1 mi = 1.609344 km). */
export const EARTH_RADIUS_MILES = 6371.0088 / 1.609344;

const RADIANS = Math.PI / 180;

/**
 * Great-circle distance by the haversine formula, stable for short distances.
 *
 * @param from - One point.
 * @param to - The other point.
 * @returns The distance in miles.
 * @see R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2):159 (1984)
 * @see https://www.movable-type.co.uk/scripts/latlong.html (the formula, with worked examples)
 * @example distanceMiles({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 }) // => 69.093… (one degree of the equator)
 */
export function distanceMiles(from: LatLng, to: LatLng): number {
  const dLat = (to.latitude - from.latitude) * RADIANS;
  const dLng = (to.longitude - from.longitude) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from.latitude * RADIANS) * Math.cos(to.latitude * RADIANS) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A closed range of longitudes, west to east, never crossing ±180. */
export interface LongitudeRange {
  readonly min: number;
  readonly max: number;
}

/** The latitude band and one or two longitude ranges that contain every point within a radius. */
export interface BoundingBox {
  readonly minLatitude: number;
  readonly maxLatitude: number;
  /** One range; two when the box crosses the antimeridian (the Aleutians, Guam to Hawaii). */
  readonly longitudes: readonly LongitudeRange[];
}

/**
 * The smallest latitude/longitude box around a circle, for an indexed prefilter before the exact distance.
 * Longitude half-width is asin(sin r / cos φ), not r / cos φ: the circle's widest point is poleward of its
 * centre. A circle that reaches a pole takes every longitude; one that crosses ±180 gets two ranges.
 *
 * @param centre - The circle's centre.
 * @param radiusMiles - Its radius, in miles (≥ 0).
 * @returns The box.
 * @see J. P. Matuschek, "Finding Points Within a Distance of a Latitude/Longitude Using Bounding Coordinates"
 *   (2011), http://janmatuschek.de/LatitudeLongitudeBoundingCoordinates §3.1–3.4
 * @example boundingBox({ latitude: 0, longitude: 0 }, 69.093).maxLatitude // => 1.000 (one degree)
 */
export function boundingBox(centre: LatLng, radiusMiles: number): BoundingBox {
  const angular = radiusMiles / EARTH_RADIUS_MILES;
  const lat = centre.latitude * RADIANS;
  const minLat = lat - angular;
  const maxLat = lat + angular;
  if (minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2) {
    return {
      minLatitude: Math.max(minLat, -Math.PI / 2) / RADIANS,
      maxLatitude: Math.min(maxLat, Math.PI / 2) / RADIANS,
      longitudes: [{ min: -180, max: 180 }],
    };
  }
  const halfWidth = Math.asin(Math.min(1, Math.sin(angular) / Math.cos(lat))) / RADIANS;
  const west = centre.longitude - halfWidth;
  const east = centre.longitude + halfWidth;
  const box = { minLatitude: minLat / RADIANS, maxLatitude: maxLat / RADIANS };
  if (halfWidth >= 180) {
    return { ...box, longitudes: [{ min: -180, max: 180 }] };
  }
  if (west < -180) {
    return {
      ...box,
      longitudes: [
        { min: west + 360, max: 180 },
        { min: -180, max: east },
      ],
    };
  }
  if (east > 180) {
    return {
      ...box,
      longitudes: [
        { min: west, max: 180 },
        { min: -180, max: east - 360 },
      ],
    };
  }
  return { ...box, longitudes: [{ min: west, max: east }] };
}

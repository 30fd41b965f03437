/** One hour in milliseconds; every time in this folder is epoch milliseconds (the domain has no clock). */
export const HOUR_MS = 60 * 60 * 1000;

/**
 * Rounds to 6 decimal places before a comparison, so floating-point error cannot move a boundary case
 * (Appendix C.1.6 applies this to liver values; the same care keeps 20 g/day and 12 h on their boundaries).
 *
 * @param value - A computed number.
 * @returns The number rounded to 6 decimals.
 * @example round6(0.1 + 0.2) // => 0.3
 */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Hours between two instants, rounded to 6 decimals.
 *
 * @param fromMs - The earlier instant.
 * @param toMs - The later instant.
 * @returns Elapsed hours (negative when `fromMs` is later).
 * @example hoursBetween(0, 5_400_000) // => 1.5
 */
export function hoursBetween(fromMs: number, toMs: number): number {
  return round6((toMs - fromMs) / HOUR_MS);
}

/**
 * The latest entry at or before now. Entries stamped after now (device clocks drift) do not count yet.
 *
 * @param entries - Any timed entries.
 * @param timeOf - Reads an entry's time.
 * @param nowMs - Now.
 * @returns The latest entry, or undefined when none is at or before now.
 * @example latestAtOrBefore([{ t: 1 }, { t: 3 }, { t: 9 }], (e) => e.t, 5) // => { t: 3 }
 */
export function latestAtOrBefore<T>(entries: readonly T[], timeOf: (entry: T) => number, nowMs: number): T | undefined {
  let latest: T | undefined;
  for (const entry of entries) {
    const time = timeOf(entry);
    if (time <= nowMs && (latest === undefined || time > timeOf(latest))) {
      latest = entry;
    }
  }
  return latest;
}

/** A clock the test moves by hand. Starts at the real time, because better-auth stamps rows with it. */
export class TestClock {
  private current: number;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  /** Pass this as `deps.clock`. */
  readonly now = (): Date => new Date(this.current);

  /** Moves time forward. */
  advance(ms: number): void {
    this.current += ms;
  }

  /** Jumps to a moment. */
  set(at: Date): void {
    this.current = at.getTime();
  }
}

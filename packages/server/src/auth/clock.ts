/** Where the server reads the time. Tests pass their own to step through timeouts without waiting. */
export type Clock = () => Date;

/** The real time. */
export const systemClock: Clock = () => new Date();

/** Thrown when the server cannot start for a reason the person starting it can fix; one line. */
export class StartupError extends Error {}

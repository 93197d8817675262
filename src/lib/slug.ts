/** A slug as the project issues them: lower-case letters and digits, words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

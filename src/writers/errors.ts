/** A record the database cannot take as given (an unknown reference, a missing field of a new record). */
export class RecordError extends Error {}

/** Writing this citation would make a second one of the same report, target and quoted span. */
export class DuplicateCitationError extends Error {
  constructor(
    readonly existingId: number,
    message = `The report already has this citation (citation ${existingId}): same article and the same quoted words.`,
  ) {
    super(message);
  }
}

import { AppError } from '../../errors.js';

/**
 * The 400 for a body that passed the schema but not a rule that needs the database or the
 * request's state (an unknown ZIP code, a move the pipeline does not allow): the same shape as a
 * schema failure, naming the field.
 *
 * @param path - The field's path from the body root.
 * @param message - What is wrong, for the person.
 * @returns The error to throw.
 */
export function invalidField(path: readonly (string | number)[], message: string): AppError {
  return new AppError('INVALID_BODY', 'The body is not valid', [{ path: [...path], message }]);
}

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { fieldForPath, splitServerIssues } from './server-issues';

describe('server issues onto form fields', () => {
  it('finds the field for a path by its longest prefix', () => {
    const names = ['admin.email', 'categories', 'purpose'];
    expect(fieldForPath(['admin', 'email'], names)).toBe('admin.email');
    expect(fieldForPath(['categories', 2], names)).toBe('categories');
    expect(fieldForPath(['token'], names)).toBeUndefined();
    expect(fieldForPath([], names)).toBeUndefined();
  });

  it('places issues on fields (first message wins) and keeps the rest for the form', () => {
    const error = new ApiError(400, 'INVALID_BODY', 'The body is not valid', [
      { path: ['purpose'], message: 'Required' },
      { path: ['purpose'], message: 'second message is ignored' },
      { path: ['token'], message: 'The link is not complete' },
    ]);
    const split = splitServerIssues(error, ['purpose']);
    expect(split.fields).toEqual({ purpose: 'Required' });
    expect(split.rest).toBe(error);
    expect(splitServerIssues(error, ['purpose', 'token']).rest).toBeNull();
  });

  it('keeps an error without issues (wrong password, network) for the form', () => {
    const error = new ApiError(401, 'UNAUTHENTICATED', 'The email or password is not right');
    expect(splitServerIssues(error, ['email'])).toEqual({ fields: {}, rest: error });
    expect(splitServerIssues(new TypeError('offline'), ['email']).rest?.status).toBe(0);
  });
});

import type { TPatient } from '@kratom-care/contracts';
import type { PatientRecord } from '@kratom-care/store';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../errors.js';

/**
 * @param patient - A stored patient.
 * @returns The API view (the linked account id stays inside).
 */
export function patientView(patient: PatientRecord): TPatient {
  return {
    id: patient.id,
    facilityId: patient.facilityId,
    givenName: patient.givenName,
    familyName: patient.familyName,
    birthDate: patient.birthDate,
    email: patient.email,
    phone: patient.phone,
    hasAccount: patient.userId !== null,
    createdAt: patient.createdAt,
    updatedAt: patient.updatedAt,
    version: patient.version,
  };
}

/**
 * Sets the `ETag` of a versioned record.
 *
 * @param reply - The reply.
 * @param version - The row version.
 */
export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', `"${version}"`);
}

/**
 * Reads the version an `If-Match` header names.
 *
 * @param header - The raw header.
 * @returns The version.
 * @throws AppError PRECONDITION_REQUIRED (428) when missing, PRECONDITION_FAILED (412) when it names no version.
 */
export function ifMatchVersion(header: string | string[] | undefined): number {
  if (header === undefined || header === '') {
    throw new AppError('PRECONDITION_REQUIRED', 'Send If-Match with the version you read (the ETag)');
  }
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(Array.isArray(header) ? (header[0] ?? '') : header.trim());
  if (match?.[1] === undefined) {
    throw new AppError('PRECONDITION_FAILED', 'This record has changed. Reload it and try again.');
  }
  return Number(match[1]);
}

/** 412 for a write that lost to another. */
export function staleError(): AppError {
  return new AppError('PRECONDITION_FAILED', 'This record has changed. Reload it and try again.');
}

import {
  toApiIssues,
  ZApiError,
  ZNetworkProgramme,
  ZProgrammeFields,
  ZProgrammeParams,
  ZUpdateProgrammeRequest,
} from '@kratom-care/contracts';
import { getProgramme, updateProgramme } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { notFound } from '../../access/with-patient-access.js';
import { requireAuthenticated } from '../../auth/index.js';
import { managedListing } from '../../care-network/managed-listing.js';
import { networkProgrammeView } from '../../care-network/network-views.js';
import { AppError } from '../../errors.js';
import { definedFields } from '../defined-fields.js';
import { ifMatchVersion, staleError } from '../patients/patient-view.js';

/**
 * `PATCH /api/facilities/:id/programmes/:programmeId`: the facility's admin changes a programme
 * (`If-Match` required, 412 when stale). The programme's rules (methadone only at an OTP, insurers only
 * with commercial insurance) are checked on the programme as it would be after the change.
 * `verified: true` stamps the last verification with now and the admin's name.
 *
 * @param app - The app (with a database).
 */
export function registerUpdateProgramme(app: App): void {
  app.patch(
    '/api/facilities/:id/programmes/:programmeId',
    {
      schema: {
        summary: 'Change a programme',
        tags: ['facilities'],
        params: ZProgrammeParams,
        body: ZUpdateProgrammeRequest,
        response: { 200: ZNetworkProgramme, 400: ZApiError, 404: ZApiError, 412: ZApiError, 428: ZApiError },
      },
    },
    async (request, reply) => {
      const principal = requireAuthenticated(request);
      const { id: facilityId, programmeId } = request.params;
      await managedListing(app.identity.db, principal, facilityId);
      const expected = ifMatchVersion(request.headers['if-match']);
      const stored = await getProgramme(app.identity.db, facilityId, programmeId);
      if (stored === undefined) {
        throw notFound();
      }
      const { verified, ...changes } = definedFields(request.body);
      const merged = ZProgrammeFields.safeParse({
        name: changes.name ?? stored.name,
        levelOfCare: changes.levelOfCare ?? stored.levelOfCare,
        medications: changes.medications ?? stored.medications,
        otp: changes.otp ?? stored.otp,
        kratomExperience: changes.kratomExperience ?? stored.kratomExperience,
        kratomTesting: changes.kratomTesting ?? stored.kratomTesting,
        populations: changes.populations ?? stored.populations,
        services: changes.services ?? stored.services,
        payers: changes.payers ?? stored.payers,
        commercialInsurers: changes.commercialInsurers ?? stored.commercialInsurers,
        capacityAvailable: 'capacityAvailable' in changes ? changes.capacityAvailable : stored.capacityAvailable,
        nextIntakeDate: 'nextIntakeDate' in changes ? changes.nextIntakeDate : stored.nextIntakeDate,
      });
      if (!merged.success) {
        throw new AppError('INVALID_BODY', 'The body is not valid', toApiIssues(merged.error.issues));
      }
      const now = app.identity.clock();
      const stamp = verified === true ? { lastVerifiedAt: now.toISOString(), lastVerifiedBy: principal.name } : {};
      const result = await updateProgramme(
        app.identity.db,
        facilityId,
        programmeId,
        expected,
        { ...changes, ...stamp },
        now.toISOString(),
      );
      if (result === 'not-found') {
        throw notFound();
      }
      if (result === 'stale') {
        throw staleError();
      }
      reply.header('etag', `"${result.version}"`);
      return networkProgrammeView(result, now);
    },
  );
}

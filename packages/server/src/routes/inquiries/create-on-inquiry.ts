import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createOnce, idempotencyKey } from '../idempotency.js';
import { withInquiryAccess, type InquiryAccess } from './with-inquiry-access.js';

/**
 * The one shape of every create under a call-back request (`POST /api/inquiries/:id/<what>`): the
 * caller must work the request (else 404), the work runs once per `Idempotency-Key` in the same
 * transaction as its audit row, and a replay answers what the first call answered.
 *
 * @param app - The app.
 * @param request - The request; `params.id` names the call-back request, `body` is the validated body.
 * @param what - The last path segment, e.g. `activities`.
 * @param action - The audit action, e.g. `inquiry.activity`.
 * @param create - The work, given the transaction, the caller and the request as read in it.
 * @returns What `create` returned (or the stored answer of the first call with this key).
 */
export async function createOnInquiry<T>(
  app: FastifyInstance,
  request: FastifyRequest & { readonly params: { readonly id: string } },
  what: string,
  action: string,
  create: (access: InquiryAccess) => Promise<T>,
): Promise<T> {
  const key = idempotencyKey(request);
  const created = await withInquiryAccess(
    app,
    request,
    { inquiryId: request.params.id, action, mode: 'write' },
    (access) =>
      createOnce(
        access.trx,
        {
          userId: access.principal.userId,
          key,
          route: `POST /api/inquiries/${access.inquiry.id}/${what}`,
          body: request.body,
          statusCode: 201,
        },
        () => create(access),
      ),
  );
  return created.value;
}

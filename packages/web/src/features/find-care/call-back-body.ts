import type { TCreateInquiryInput } from '@kratom-care/contracts';

/** What the form adds to the typed values when it is sent: fill time, the trap's content, the attachment. */
export interface CallBackExtras {
  readonly elapsedMs: number;
  readonly website: string;
  readonly selfCheckSummary: string | null;
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The request body from the form's values: the extras set, and the payer left out when the person said
 * nothing about paying (a member ID without a payer stays, so the form asks for the payer).
 *
 * @param raw - The form's values (react-hook-form leaves out fields that are not shown).
 * @param extras - What the form measured and what the person chose to attach.
 * @returns The body to validate with the contract and send.
 */
export function callBackBody(raw: unknown, extras: CallBackExtras): TCreateInquiryInput {
  const values = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const payer = values.payer as Record<string, unknown> | undefined;
  const saidNothingAboutPaying =
    payer === undefined || (blank(payer.kind) && blank(payer.insurer) && blank(payer.memberId));
  const { payer: _dropped, ...rest } = values;
  return {
    ...rest,
    ...(saidNothingAboutPaying ? {} : { payer }),
    website: extras.website,
    elapsedMs: extras.elapsedMs,
    ...(extras.selfCheckSummary === null ? {} : { selfCheckSummary: extras.selfCheckSummary }),
  } as TCreateInquiryInput;
}

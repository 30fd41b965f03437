function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The form's values with the payer left out when the person said nothing about paying; a member ID or an
 * insurer without a payer stays, so the contract asks for the payer beside its field.
 *
 * @param raw - The form's values.
 * @returns The values to check with the contract.
 * @example withoutEmptyPayer({ name: 'Alex', payer: { memberId: '' } }) // { name: 'Alex' }
 */
export function withoutEmptyPayer(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('payer' in raw)) {
    return raw;
  }
  const { payer, ...rest } = raw as { payer?: Record<string, unknown> };
  const saidNothing = payer === undefined || (blank(payer.kind) && blank(payer.insurer) && blank(payer.memberId));
  return saidNothing ? rest : raw;
}

import type { UseDraft } from '../state/use-draft';

/** What each part of the use form gets. */
export interface UseFieldsProps {
  readonly draft: UseDraft;
  readonly update: (patch: Partial<UseDraft>) => void;
  readonly errorFor: (fieldId: string) => string | undefined;
}

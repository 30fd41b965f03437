import { ACCOUNT_EN } from './en/account';
import { CLINICAL_EN } from './en/clinical';
import { FRAME_EN } from './en/frame';
import { PORTAL_EN } from './en/portal';
import { WORKSPACE_EN } from './en/workspace';
import type { Catalogue } from './translate';

/** The signed-in pages' messages, loaded with those pages; `en` is complete. */
export const WORKSPACE_MESSAGES_EN = {
  ...ACCOUNT_EN,
  ...WORKSPACE_EN,
  ...FRAME_EN,
  ...CLINICAL_EN,
  ...PORTAL_EN,
} as const;

export type WorkspaceMessageKey = keyof typeof WORKSPACE_MESSAGES_EN;

export const WORKSPACE_CATALOGUES: Readonly<Record<string, Catalogue>> = { en: WORKSPACE_MESSAGES_EN };

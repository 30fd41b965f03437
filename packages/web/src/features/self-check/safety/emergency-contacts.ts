import { CRISIS_RESOURCES, type CrisisContact, type RedFlag, type RedFlagAction } from '@kratom-care/domain';

export interface EmergencyLink {
  readonly key: string;
  readonly labelKey: string;
  readonly contact: CrisisContact;
}

function contact(id: string, kind: CrisisContact['kind']): CrisisContact | undefined {
  return CRISIS_RESOURCES.find((resource) => resource.id === id)?.contacts.find((entry) => entry.kind === kind);
}

function link(key: string, labelKey: string, found: CrisisContact | undefined): EmergencyLink[] {
  return found === undefined ? [] : [{ key, labelKey, contact: found }];
}

/**
 * The numbers to put right under an action: 911 to call, 988 to call, text or chat, and Poison Help
 * after a breathing or sedative-mix emergency (REFERENCE §11 table). Other actions (urgent care, a
 * clinician today) have no single number; the crisis bar is still on the page.
 *
 * @param action - The action shown.
 * @param flags - The positive flags with that action.
 * @returns The links, most important first.
 */
export function emergencyLinks(action: RedFlagAction, flags: readonly RedFlag[]): EmergencyLink[] {
  switch (action) {
    case 'call-911': {
      const poison = flags.some(
        (flag) => flag.id === 'breathing-or-hard-to-wake' || flag.id === 'sedative-mix-very-drowsy',
      );
      return [
        ...link('911', 'emergency.link.call911', contact('emergency-911', 'call')),
        ...(poison ? link('poison', 'emergency.link.poison', contact('poison-help', 'call')) : []),
      ];
    }
    case 'call-988':
      return [
        ...link('988-call', 'emergency.link.call988', contact('lifeline-988', 'call')),
        ...link('988-text', 'emergency.link.text988', contact('lifeline-988', 'text')),
        ...link('988-chat', 'emergency.link.chat988', contact('lifeline-988', 'chat')),
      ];
    case 'urgent-care-ed':
    case 'urgent-care-same-day':
    case 'contact-clinician-urgently':
      return [];
  }
}

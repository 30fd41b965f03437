import type { SelfCheckMessageKey } from './self-check.messages.en.js';

/** One way to reach a crisis service: the number as dialled and a link a phone can open. */
export interface CrisisContact {
  readonly kind: 'call' | 'text' | 'tty' | 'chat';
  readonly labelKey: SelfCheckMessageKey;
  /** The number or address as people write it; not translated. */
  readonly display: string;
  readonly href: string;
}

export interface CrisisResource {
  readonly id: 'emergency-911' | 'lifeline-988' | 'samhsa-helpline' | 'poison-help';
  readonly nameKey: SelfCheckMessageKey;
  readonly descriptionKey: SelfCheckMessageKey;
  readonly contacts: readonly CrisisContact[];
}

/**
 * US crisis resources, shown on every page of the self-check.
 *
 * @see Clinical reference §11 "Crisis resources" [CONFIRMED]: 988 Suicide & Crisis Lifeline pages; SAMHSA
 *   National Helpline page (1-800-662-HELP, TTY 1-800-487-4889); HRSA Poison Help pages (1-800-222-1222)
 */
export const CRISIS_RESOURCES: readonly CrisisResource[] = [
  {
    id: 'emergency-911',
    nameKey: 'selfCheck.crisis.911.name',
    descriptionKey: 'selfCheck.crisis.911.description',
    contacts: [{ kind: 'call', labelKey: 'selfCheck.crisis.contact.call', display: '911', href: 'tel:911' }],
  },
  {
    id: 'lifeline-988',
    nameKey: 'selfCheck.crisis.988.name',
    descriptionKey: 'selfCheck.crisis.988.description',
    contacts: [
      { kind: 'call', labelKey: 'selfCheck.crisis.contact.call', display: '988', href: 'tel:988' },
      { kind: 'text', labelKey: 'selfCheck.crisis.contact.text', display: '988', href: 'sms:988' },
      {
        kind: 'chat',
        labelKey: 'selfCheck.crisis.contact.chat',
        display: '988lifeline.org',
        href: 'https://988lifeline.org',
      },
    ],
  },
  {
    id: 'samhsa-helpline',
    nameKey: 'selfCheck.crisis.samhsa.name',
    descriptionKey: 'selfCheck.crisis.samhsa.description',
    contacts: [
      {
        kind: 'call',
        labelKey: 'selfCheck.crisis.contact.call',
        display: '1-800-662-4357',
        href: 'tel:+18006624357',
      },
      { kind: 'tty', labelKey: 'selfCheck.crisis.contact.tty', display: '1-800-487-4889', href: 'tel:+18004874889' },
    ],
  },
  {
    id: 'poison-help',
    nameKey: 'selfCheck.crisis.poison.name',
    descriptionKey: 'selfCheck.crisis.poison.description',
    contacts: [
      {
        kind: 'call',
        labelKey: 'selfCheck.crisis.contact.call',
        display: '1-800-222-1222',
        href: 'tel:+18002221222',
      },
    ],
  },
];

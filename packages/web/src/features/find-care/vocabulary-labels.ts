import { useCallback } from 'react';
import { useI18n } from '../../i18n/use-t';
import { languageName } from './finder-languages';

/** The domain catalogue's key prefix of each filter's values (`careNetwork.level.iop`). */
const VALUE_KEY_PREFIX: Readonly<Record<string, string>> = {
  level: 'careNetwork.level.',
  payer: 'careNetwork.payer.',
  medication: 'careNetwork.medication.',
  service: 'careNetwork.service.',
  population: 'careNetwork.population.',
  region: 'careNetwork.region.',
  state: 'careNetwork.state.',
};

/**
 * @returns A function naming one value of one filter in the reader's language: vocabulary values from the
 *   domain's catalogue, languages from the browser, anything else as given.
 * @example label('level', 'iop') // 'Intensive outpatient (IOP)'
 */
export function useValueLabel(): (filter: string, value: string) => string {
  const { t, locale } = useI18n();
  return useCallback(
    (filter, value) => {
      if (filter === 'language') {
        const name = languageName(value, locale);
        if (name !== value) {
          return name;
        }
        // A few codes some browsers cannot name (Chromium: `ase`, American Sign Language) have our own words.
        const key = `findCare.language.${value}`;
        const own = t(key);
        return own === key ? value : own;
      }
      const prefix = VALUE_KEY_PREFIX[filter];
      return prefix === undefined ? value : t(`${prefix}${value}`);
    },
    [t, locale],
  );
}

import type { SelfCheckEvaluation } from '@kratom-care/domain';
import type { Translate } from '../../../i18n/translate';

/**
 * The evaluation's sources as lines to list, each once and in the domain's order; a questionnaire's
 * citation is led by the questionnaire's title, so a reader sees which scale it backs.
 *
 * @param evaluation - The evaluation.
 * @param t - The translator.
 * @returns One line per source.
 */
export function sourceLines(evaluation: SelfCheckEvaluation, t: Translate): readonly string[] {
  const titles = new Map(
    Object.values(evaluation.instruments).map((result) => [`instrument:${result.instrumentId}`, t(result.titleKey)]),
  );
  return evaluation.sources.map((source) => {
    const title = titles.get(source.id);
    return title === undefined ? source.citation : `${title}: ${source.citation}`;
  });
}

import { CARE_NETWORK_MESSAGES_EN } from './care-network.messages.en.js';
import { SAMHSA_SERVICE_CODES, SAMHSA_SOURCES, type SamhsaMapping } from './samhsa-service-codes.js';

/** A table cell: pipes escaped, so a published name with a `|` cannot break the table. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function mapsTo(mapping: SamhsaMapping): string {
  const parts: string[] = [];
  if (mapping.levelOfCare !== undefined) {
    const level = CARE_NETWORK_MESSAGES_EN[`careNetwork.level.${mapping.levelOfCare}`];
    parts.push(`level: ${level}${mapping.needsMedication === true ? ' (only with buprenorphine or naltrexone)' : ''}`);
  }
  for (const medication of mapping.medications ?? []) {
    parts.push(`medication: ${CARE_NETWORK_MESSAGES_EN[`careNetwork.medication.${medication}`]}`);
  }
  if (mapping.otp === true) {
    parts.push('OTP');
  }
  for (const payer of mapping.payers ?? []) {
    parts.push(`payer: ${CARE_NETWORK_MESSAGES_EN[`careNetwork.payer.${payer}`]}`);
  }
  for (const population of mapping.populations ?? []) {
    parts.push(`population: ${CARE_NETWORK_MESSAGES_EN[`careNetwork.population.${population}`]}`);
  }
  for (const service of mapping.services ?? []) {
    parts.push(`service: ${CARE_NETWORK_MESSAGES_EN[`careNetwork.service.${service}`]}`);
  }
  for (const language of mapping.languages ?? []) {
    parts.push(`language: ${language}`);
  }
  return parts.length === 0 ? '*kept in unmappedCodes*' : parts.join('; ');
}

/**
 * The SAMHSA service-code table of docs/samhsa-service-codes.md, rendered from the data, so the page
 * cannot drift from what the import does (a test compares them).
 *
 * @returns Markdown: the code table, then the sources.
 */
export function renderSamhsaServiceCodeTable(): string {
  const rows = SAMHSA_SERVICE_CODES.map((entry) => {
    const names = [entry.name, ...(entry.aliases ?? [])].map((name) => `“${name}”`).join(' / ');
    return `| ${entry.code ?? '—'} | ${cell(entry.category)} | ${cell(names)} | ${cell(entry.description ?? '')} | ${cell(
      mapsTo(entry.maps),
    )} | ${entry.source} | ${cell(entry.note ?? '')} |`;
  });
  const sources = Object.entries(SAMHSA_SOURCES).map(
    ([id, source]) => `- \`${id}\`: ${source.title}. \`${source.reference}\``,
  );
  return [
    '| Code | Category (f1) | Name as SAMHSA publishes it | SAMHSA’s description | Our programme fields | Source | Note |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Sources:',
    '',
    ...sources,
    '',
  ].join('\n');
}

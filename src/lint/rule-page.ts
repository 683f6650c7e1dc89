/**
 * What `smplan rules <id>` shows of one rule. The doc pages (docs/rules) are
 * written in English; a German run gets the rule's own German texts instead
 * (what it checks, each of its messages) with the page's examples, which are
 * YAML, so that no English sentence reaches a German reader.
 */
import { formatMessage, type Language } from '../base/message.js';
import type { Rule } from './rule.js';

const WORDS = {
  severity: { en: 'Default severity', de: 'Voreingestellt' },
  error: { en: 'error', de: 'Fehler' },
  warn: { en: 'warning', de: 'Warnung' },
  messages: { en: 'Messages', de: 'Meldungen' },
  bad: { en: 'Bad', de: 'So nicht' },
  good: { en: 'Good', de: 'So besser' },
};

/** The YAML examples under a heading of the page ("## Bad"). */
function examples(page: string, heading: string): string[] {
  const section = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(page)?.[1] ?? '';
  return section.match(/```yaml\n[\s\S]*?```/g) ?? [];
}

export function rulePage(rule: Rule, page: string, language: Language): string {
  if (language === 'en') return page;
  const say = (words: { en: string; de: string }) => formatMessage(words, language);
  const lines = [`# ${rule.id}`, '', `${say(WORDS.severity)}: **${say(WORDS[rule.severity])}**`, '', rule.description[language], '', `## ${say(WORDS.messages)}`];
  for (const message of Object.values(rule.messages)) lines.push(`- ${message[language]}`);
  for (const [words, heading] of [[WORDS.bad, 'Bad'], [WORDS.good, 'Good']] as const) {
    const blocks = examples(page, heading);
    if (blocks.length > 0) lines.push('', `## ${say(words)}`, ...blocks);
  }
  return `${lines.join('\n')}\n`;
}

/** `smplan rules [id]`: every rule with its default severity, or one rule's page (in German: its German texts and the page's examples). */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Language } from '../../base/message.js';
import { findRule, RULES } from '../../lint/rules/index.js';
import { rulePage } from '../../lint/rule-page.js';
import { LocalizedError } from '../../base/errors.js';
import { EXIT } from '../errors.js';
import { localeLanguage } from '../../base/locale.js';
import { packagePath } from '../../base/package-root.js';
import { writeOut } from '../output.js';

/**
 * Where the rule pages are, both in the repository and in the installed package.
 * Found from the package root: this module runs from a chunk in dist/chunks/,
 * so a path relative to it would point into dist/.
 */
export function ruleDocUrl(id: string): URL {
  return pathToFileURL(packagePath('docs', 'rules', `${id}.md`));
}

export async function rules(id: string | undefined, options: { lang?: Language }): Promise<number> {
  if (id === undefined) {
    const language = options.lang ?? localeLanguage();
    const width = Math.max(...RULES.map((rule) => rule.id.length));
    for (const rule of RULES) {
      writeOut(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(5)}  ${rule.description[language]}\n`);
    }
    return EXIT.ok;
  }
  const rule = findRule(id);
  const language = options.lang ?? localeLanguage();
  if (!rule) throw new LocalizedError({ en: '"{id}" is not a rule; `smplan rules` lists them', de: '„{id}“ ist keine Regel; `smplan rules` listet sie auf' }, { id });
  writeOut(rulePage(rule, await readFile(ruleDocUrl(rule.id), 'utf8'), language));
  return EXIT.ok;
}

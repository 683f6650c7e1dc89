/** `smplan report [file]`: progress of every goal, costs and ROI, in one of four formats. */
import { resolve } from 'node:path';
import { formatMessage, type Language } from '../../base/message.js';
import { buildReport } from '../../report/model.js';
import { VIEWS } from '../../report/views/index.js';
import { StrategyDocument } from '../../strategy/document.js';
import { writeOutputFile } from '../../strategy/write.js';
import { today as todayFromEnvironment } from '../../strategy/today.js';
import { colorsFor, wantsColor } from '../colors.js';
import { LocalizedError } from '../../base/errors.js';
import { FORMAT } from '../usage-messages.js';
import { EXIT, say } from '../errors.js';
import { declaredLanguage, localeLanguage } from '../../base/locale.js';
import { describeFirstProblem } from '../schema-problem.js';
import { confirm, writeOut } from '../output.js';

/** The one line `report -o` prints, in the report's language. */
const WRITTEN = { en: 'report of {file} written to {output}', de: 'Bericht zu {file} nach {output} geschrieben' };
const NOT_WELL_FORMED = {
  en: 'error: {problem} No report: fix the file first (smplan check lists every problem).',
  de: 'Fehler: {problem} Kein Bericht: Beheben Sie zuerst den Fehler in der Datei (smplan check nennt alle Probleme).',
};

export interface ReportOptions {
  format: 'text' | 'markdown' | 'html' | 'json';
  outputFile?: string;
  lang?: Language;
  color?: boolean;
}

export async function report(file: string, options: ReportOptions): Promise<number> {
  const view = Object.hasOwn(VIEWS, options.format) ? VIEWS[options.format] : undefined;
  if (!view) throw new LocalizedError(FORMAT, { formats: Object.keys(VIEWS).join(', '), format: String(options.format) });
  const today = todayFromEnvironment();
  const document = await StrategyDocument.load(resolve(file));
  const language = options.lang ?? declaredLanguage(document.data) ?? localeLanguage();
  if (!document.strategy) {
    // Like `check`: a file that is not well-formed is a finding (exit 1), not a usage error.
    say(formatMessage(NOT_WELL_FORMED, language, { problem: describeFirstProblem(document, file, language) }));
    return EXIT.findings;
  }
  const model = buildReport(document.strategy, file, today);
  const toFile = options.outputFile !== undefined;
  const colors = await colorsFor(!toFile && options.format === 'text' && wantsColor(options.color));
  const output = view(model, { colors, language });
  if (toFile) {
    writeOutputFile(resolve(options.outputFile!), output, [document.path]);
    confirm(() => writeOut(formatMessage(WRITTEN, language, { file, output: options.outputFile! }) + '\n'));
  } else writeOut(output);
  return EXIT.ok;
}

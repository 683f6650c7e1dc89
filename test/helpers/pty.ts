/**
 * The built CLI in a real pseudo-terminal (node-pty), for what a person does:
 * wait until a question is on the screen, then press keys. Questions are
 * found by id: their text is looked up in the question data, never written
 * into a test.
 */
import { stripVTControlCharacters } from 'node:util';
import pty from 'node-pty';
import type { Language } from '../../src/base/message.js';
import { formatMessage } from '../../src/base/message.js';
import { MESSAGES } from '../../src/interview/messages.js';
import { allFields, INTERVIEW } from '../../src/interview/questions.js';
import * as schemas from '../../src/strategy/schema.js';
import { BIN, cleanEnv } from './cli.js';

export const KEYS = { enter: '\r', backspace: '\x7f', ctrlC: '\x03', down: '\x1b[B' } as const;

export interface Exit {
  exitCode: number;
  signal?: number;
}

/** The start of a text up to its first placeholder: enough to recognise it on the screen. */
function recognisable(text: string): string {
  return text.split('{', 1)[0]!.slice(0, 40).trimEnd();
}

/** What the screen shows when question `id` comes up (any of these). */
export function questionTexts(id: string, language: Language, file = 'smplan.yaml'): string[] {
  const field = allFields().find((entry) => entry.field.id === id)?.field;
  // A nudged question keeps the words before its colon ("Value for the ROI (optional):") and says the rest its own way.
  if (field) return [recognisable(field.message[language]), ...(field.nudge && field.message[language].includes(':') ? [field.message[language].split(':')[0]! + ':'] : [])];
  const group = INTERVIEW.flatMap((section) => section.steps).find((step) => step.kind === 'group' && `${step.id}.another` === id);
  if (group?.kind === 'group') return [group.another, group.fewer, group.many].filter((text) => text !== undefined).map((text) => recognisable(text[language]));
  if (id.endsWith('.review')) return [MESSAGES.review[language]];
  if (id.endsWith('.remove')) return [recognisable(MESSAGES.confirmRemove[language]), recognisable(MESSAGES.confirmRemoveMeasurements[language])];
  if (id === 'details') return [recognisable(MESSAGES.askDetails[language])];
  if (id === 'resume') return [recognisable(MESSAGES.resumeDraft[language])];
  if (id === 'write') return [formatMessage(MESSAGES.confirmWrite, language, { file })];
  if (id === 'overwrite') return [formatMessage(MESSAGES.overwrite, language, { file })];
  throw new Error(`no question ${id}`);
}

/** The keys that pick `value` in the select of question `id` (its number, then Enter). */
export function selectKeys(id: string, value: string | undefined): string {
  const field = allFields().find((entry) => entry.field.id === id)!.field;
  const values = field.choices!(schemas).map((choice) => choice.value);
  const index = value === undefined ? values.length + 1 : values.indexOf(value) + 1;
  if (index === 0) throw new Error(`${id} has no choice ${value}`);
  return `${index}${KEYS.enter}`;
}

export class PtySession {
  private raw = '';
  /** Where the next wait starts looking, in the plain (ANSI-free) output. */
  private from = 0;
  readonly exit: Promise<Exit>;

  constructor(
    args: string[],
    private readonly options: { cwd: string; env?: Record<string, string | undefined>; cols?: number; file?: string },
  ) {
    const child = pty.spawn(process.execPath, [BIN, ...args], {
      name: 'xterm-256color',
      cols: options.cols ?? 100,
      rows: 40,
      cwd: options.cwd,
      env: cleanEnv({ TERM: 'xterm-256color', ...options.env }) as Record<string, string>,
    });
    child.onData((data) => (this.raw += data));
    this.exit = new Promise((resolve) => child.onExit(resolve));
    this.write = (keys: string) => child.write(keys);
    this.kill = () => child.kill();
  }

  readonly write: (keys: string) => void;
  readonly kill: () => void;

  /** Everything the program sent to the terminal, escape sequences and all. */
  get rawOutput(): string {
    return this.raw;
  }

  get output(): string {
    return stripVTControlCharacters(this.raw).replace(/\r/g, '');
  }

  /** Waits until one of `texts` shows up after what was already waited for. */
  async waitFor(texts: string | readonly string[], timeoutMs = 8000): Promise<void> {
    const wanted = typeof texts === 'string' ? [texts] : texts;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const output = this.output;
      const found = wanted.map((text) => ({ text, index: output.indexOf(text, this.from) })).filter(({ index }) => index !== -1);
      if (found.length > 0) {
        const first = found.sort((a, b) => a.index - b.index)[0]!;
        this.from = first.index + first.text.length;
        return;
      }
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${JSON.stringify(wanted)}; the screen ends with:\n${output.slice(-1500)}`);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  }

  /** Waits for question `id`, then types `keys`. */
  async answer(id: string, keys: string, language: Language): Promise<void> {
    await this.waitFor(questionTexts(id, language, this.options.file));
    this.write(keys);
  }

  /** Waits for the process to end, failing after `timeoutMs`. */
  async exited(timeoutMs = 10_000): Promise<Exit> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.kill();
        reject(new Error(`still running after ${timeoutMs} ms; the screen ends with:\n${this.output.slice(-1500)}`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([this.exit, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

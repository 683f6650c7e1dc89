/**
 * Reading strategy files safely: bounded reads that refuse what is not text.
 * Writing is write.ts's.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { formatMessage, type Language, type Message, type MessageData } from '../base/message.js';

/** Strategies are a few KB; anything this large is not one and is not read. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Why a file cannot be read or written, in both languages. */
export const FILE_MESSAGES = {
  missing: { en: 'no such file; check the path', de: 'diese Datei gibt es nicht; prüfen Sie den Pfad' },
  noFolder: { en: 'the folder does not exist', de: 'den Ordner gibt es nicht' },
  readDenied: { en: 'permission denied; check who may read it', de: 'keine Berechtigung; prüfen Sie, wer sie lesen darf' },
  writeDenied: { en: 'permission denied; check who may write it', de: 'keine Berechtigung; prüfen Sie, wer sie schreiben darf' },
  folderDenied: { en: 'permission denied; check who may write its folder', de: 'keine Berechtigung; prüfen Sie, wer in ihren Ordner schreiben darf' },
  isFolder: { en: 'is a folder, not a file; name a strategy file', de: 'ist ein Ordner, keine Datei; nennen Sie eine Strategiedatei' },
  notAFolder: { en: 'a part of the path is not a folder', de: 'ein Teil des Pfads ist kein Ordner' },
  diskFull: { en: 'the disk is full', de: 'der Datenträger ist voll' },
  cannotRead: { en: 'cannot read it ({code})', de: 'kann nicht gelesen werden ({code})' },
  cannotWrite: { en: 'cannot write it ({code})', de: 'kann nicht geschrieben werden ({code})' },
  binary: { en: 'is a binary file (NUL byte at offset {offset}); a strategy is a YAML text file', de: 'ist eine Binärdatei (NUL-Byte an Stelle {offset}); eine Strategie ist eine YAML-Textdatei' },
  notUtf8: { en: 'is not UTF-8 text; save it as UTF-8', de: 'ist kein UTF-8-Text; speichern Sie sie als UTF-8' },
  tooLarge: { en: 'is {size}, {meaning} ({limit}); {action}', de: 'ist {size} groß, {meaning} ({limit}); {action}' },
  largerThan: { en: 'is larger than {limit}; {action}', de: 'ist größer als {limit}; {action}' },
} satisfies Record<string, Message>;

/** A file that cannot be read or written; always a usage or I/O problem (exit 2). */
export class FileError extends Error {
  readonly said: Message;
  constructor(
    readonly path: string,
    reason: Message | string,
    readonly data: MessageData = {},
  ) {
    const said = typeof reason === 'string' ? { en: reason, de: reason } : reason;
    super(`${path}: ${formatMessage(said, 'en', data)}`);
    this.name = 'FileError';
    this.said = said;
  }

  /** The reason in English, for logs and the library. */
  get reason(): string {
    return formatMessage(this.said, 'en', this.data);
  }

  reasonIn(language: Language): string {
    return formatMessage(this.said, language, this.data);
  }

  /** The whole line, `path: reason`, in `language`. */
  in(language: Language): string {
    return `${this.path}: ${this.reasonIn(language)}`;
  }
}

/** A message with its values filled in, in both languages: for a reason made of other messages. */
export function filled(message: Message, data: Readonly<Record<string, string | Message>>): Message {
  const value = (language: Language, name: string) => {
    const entry = data[name]!;
    return typeof entry === 'string' ? entry : entry[language];
  };
  const fill = (language: Language) => message[language].replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(data, name) ? value(language, name) : placeholder));
  return { en: fill('en'), de: fill('de') };
}

export function describeSystemError(error: unknown, action: 'read' | 'write'): Message {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? FILE_MESSAGES.missing : FILE_MESSAGES.noFolder;
    case 'EACCES':
    case 'EPERM':
      return action === 'read' ? FILE_MESSAGES.readDenied : FILE_MESSAGES.writeDenied;
    case 'EISDIR':
      return FILE_MESSAGES.isFolder;
    case 'ENOTDIR':
      return FILE_MESSAGES.notAFolder;
    case 'ENOSPC':
      return FILE_MESSAGES.diskFull;
    default:
      return filled(action === 'read' ? FILE_MESSAGES.cannotRead : FILE_MESSAGES.cannotWrite, { code: code ?? String(error) });
  }
}

/** One buffer for every read, grown when a file needs more: `check` reads thousands of files one after the other. */
let readBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * Reads a strategy as text. Synchronous on purpose: `check` reads thousands of
 * small files one after the other, and a promise round trip per system call
 * costs more than the read itself. It reads until the end rather than asking
 * fstat for the size first, which costs more than the read of a file of a few
 * KB and means nothing for a pipe.
 */
/** What a file read as text may be at most, and what to say when it is larger. */
export interface ReadLimit {
  bytes: number;
  /** "more than a strategy can be": what the limit means. */
  meaning: Message;
  /** "name the right file": what to do. */
  action: Message;
}

const STRATEGY_LIMIT: ReadLimit = {
  bytes: MAX_FILE_BYTES,
  meaning: { en: 'more than a strategy can be', de: 'mehr, als eine Strategie sein kann' },
  action: { en: 'name the right file', de: 'nennen Sie die richtige Datei' },
};

export function readTextFile(path: string, limit: ReadLimit = STRATEGY_LIMIT): string {
  let length = 0;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'r');
    for (;;) {
      if (length === readBuffer.length) {
        if (length > limit.bytes) throw tooLarge(path, descriptor, limit);
        readBuffer = Buffer.concat([readBuffer], Math.min(length * 2, limit.bytes + 1));
      }
      const read = readSync(descriptor, readBuffer, length, readBuffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError(path, describeSystemError(error, 'read'));
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  const bytes = readBuffer.subarray(0, length);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new FileError(path, FILE_MESSAGES.binary, { offset: nul });
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new FileError(path, FILE_MESSAGES.notUtf8);
  }
}

/** The size of a file says best that it is not a strategy; a pipe has none to tell. */
function tooLarge(path: string, descriptor: number, limit: ReadLimit): FileError {
  const { size } = fstatSync(descriptor);
  return size > limit.bytes
    ? new FileError(path, filled(FILE_MESSAGES.tooLarge, { size: formatBytes(size), meaning: limit.meaning, limit: formatBytes(limit.bytes), action: limit.action }))
    : new FileError(path, filled(FILE_MESSAGES.largerThan, { limit: formatBytes(limit.bytes), action: limit.action }));
}

// ignoreBOM keeps a byte order mark in the text, so a rewrite writes it back.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function formatBytes(size: number): string {
  return size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(size / 1024)} KiB`;
}

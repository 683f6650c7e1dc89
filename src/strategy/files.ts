/**
 * Reading strategy files safely: bounded reads that refuse what is not text.
 * Writing is write.ts's.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Strategies are a few KB; anything this large is not one and is not read. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A file that cannot be read or written; always a usage or I/O problem (exit 2). */
export class FileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'FileError';
  }
}

export function describeSystemError(error: unknown, action: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return action === 'read' ? 'no such file; check the path' : 'the folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return `permission denied; check who may ${action} it`;
    case 'EISDIR':
      return 'is a folder, not a file; name a strategy file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return `cannot ${action} it (${code ?? String(error)})`;
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
  meaning: string;
  /** "name the right file": what to do. */
  action: string;
}

const STRATEGY_LIMIT: ReadLimit = { bytes: MAX_FILE_BYTES, meaning: 'more than a strategy can be', action: 'name the right file' };

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
  if (nul !== -1) throw new FileError(path, `is a binary file (NUL byte at offset ${nul}); a strategy is a YAML text file`);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new FileError(path, 'is not UTF-8 text; save it as UTF-8');
  }
}

/** The size of a file says best that it is not a strategy; a pipe has none to tell. */
function tooLarge(path: string, descriptor: number, limit: ReadLimit): FileError {
  const { size } = fstatSync(descriptor);
  return size > limit.bytes
    ? new FileError(path, `is ${formatBytes(size)}, ${limit.meaning} (${formatBytes(limit.bytes)}); ${limit.action}`)
    : new FileError(path, `is larger than ${formatBytes(limit.bytes)}; ${limit.action}`);
}

// ignoreBOM keeps a byte order mark in the text, so a rewrite writes it back.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function formatBytes(size: number): string {
  return size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(size / 1024)} KiB`;
}

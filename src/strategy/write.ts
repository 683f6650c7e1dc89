/**
 * The one write path of every command that writes (`init`, `edit`, `track`,
 * `report -o`, `check -o`), so that each promise of "nothing is lost" is kept
 * in one place:
 * - writers of one strategy take turns: a lock file beside it, taken over only
 *   from a writer that is gone;
 * - a strategy is replaced only while it still holds what the command read;
 * - a symlink is written through to its target, hard links stay linked, mode
 *   and owner stay; a file the user could not write with `echo >` is refused;
 * - a regular file is replaced atomically (temp file beside it, fsync, rename),
 *   a device or FIFO given as `--output-file` is written like a stream;
 * - nothing is written that smplan would refuse to read back.
 * Synchronous like the reads: a command writes one file, and every promise
 * round trip would only cost start-up time.
 */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describeSystemError, FileError, filled, formatBytes, MAX_FILE_BYTES, readTextFile } from './files.js';

/** The file changed on disk after the command read it; nothing was written. */
export class ChangedOnDiskError extends FileError {
  constructor(path: string) {
    super(path, 'changed on disk since smplan read it (another program or person wrote it); nothing was written: run the command again');
    this.name = 'ChangedOnDiskError';
  }
}

/** How long a writer waits for another one before it gives up. */
const LOCK_WAIT_MS = 15_000;
/** A lock older than this belongs to no writer: smplan holds one for the milliseconds of a write. */
const LOCK_MAX_AGE_MS = 60_000;
/** A lock file still empty after this long was left by a writer killed while taking it. */
const EMPTY_LOCK_AGE_MS = 2_000;

/** The file a path means: a symlink's target (followed to the end), else the path itself. */
export function resolveTarget(path: string): string {
  const absolute = resolve(path);
  let link: Stats | undefined;
  try {
    link = lstatSync(absolute);
  } catch {
    return absolute;
  }
  if (!link.isSymbolicLink()) return absolute;
  try {
    return realpathSync(absolute);
  } catch {
    // A dangling link: writing creates its target, as `echo > link` would.
    return resolve(dirname(absolute), readlinkSync(absolute));
  }
}

/** Locks held by this process, by target: a command that already holds one writes under it. */
const held = new Set<string>();

/**
 * Runs `change` while this process is the only smplan writing `path`. A lock is
 * taken over from a writer that is gone (its process ended, or it is older than
 * any write); otherwise the writer waits its turn, then gives up with a line
 * that names the lock file.
 */
export async function withStrategyLock<T>(path: string, change: () => T | Promise<T>): Promise<T> {
  const target = resolveTarget(path);
  if (held.has(target)) return change();
  const lock = lockFile(target);
  acquire(lock, target);
  held.add(target);
  try {
    return await change();
  } finally {
    held.delete(target);
    rmSync(lock, { force: true });
  }
}

function lockFile(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

function acquire(lock: string, target: string): void {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let pause = 2; ; pause = Math.min(pause * 2, 100)) {
    try {
      const descriptor = openSync(lock, 'wx', 0o644);
      try {
        writeSync(descriptor, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      } finally {
        closeSync(descriptor);
      }
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new FileError(target, filled({ en: 'cannot take the write lock {lock} ({reason})', de: 'kann die Schreibsperre {lock} nicht nehmen ({reason})' }, { lock, reason: describeSystemError(error, 'write') }));
      }
    }
    if (takeOverStale(lock)) continue;
    if (Date.now() > deadline) {
      throw new FileError(target, `another smplan is writing it and holds ${lock}; try again, or delete that file if no smplan is running`);
    }
    sleep(pause);
  }
}

/** Removes a lock whose writer is gone; true when it did (or the lock vanished meanwhile). */
function takeOverStale(lock: string): boolean {
  let info: Stats;
  let text: string;
  try {
    info = lstatSync(lock);
    text = readFileSync(lock, 'utf8');
  } catch {
    return true;
  }
  const age = Date.now() - info.mtimeMs;
  let stale = age > LOCK_MAX_AGE_MS || (text === '' && age > EMPTY_LOCK_AGE_MS);
  if (!stale && text !== '') {
    try {
      const { pid, host } = JSON.parse(text) as { pid?: unknown; host?: unknown };
      stale = host === hostname() && typeof pid === 'number' && !isRunning(pid);
    } catch {
      stale = age > EMPTY_LOCK_AGE_MS;
    }
  }
  if (!stale) return false;
  try {
    // Only the lock that was judged: another writer may have replaced it meanwhile.
    if (lstatSync(lock).ino === info.ino) unlinkSync(lock);
  } catch {
    // gone already
  }
  return true;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pauseCell = new Int32Array(new SharedArrayBuffer(4));

function sleep(milliseconds: number): void {
  Atomics.wait(pauseCell, 0, 0, milliseconds);
}

/** What a strategy file must hold when it is written: the text the command read, nothing (a new file), or anything (`init --force`). */
export type OnDisk = { text: string } | 'absent' | 'any';

/** Writes a strategy, if the file still holds what `expected` says. Takes the write lock unless the caller holds it. */
export async function writeStrategyFile(path: string, text: string, expected: OnDisk): Promise<void> {
  const size = Buffer.byteLength(text);
  if (size > MAX_FILE_BYTES) {
    throw new FileError(
      path,
      `would grow to ${formatBytes(size)}, more than smplan reads (${formatBytes(MAX_FILE_BYTES)}); nothing was written: move old measurements to an archive file (for example ${basename(path, '.yaml')}.archive.yaml) and try again`,
    );
  }
  await withStrategyLock(path, () => {
    const target = resolveTarget(path);
    const existing = statOrNothing(target, path);
    const unchanged =
      expected === 'any' || (expected === 'absent' ? existing === undefined : existing !== undefined && readTextFile(target) === expected.text);
    if (!unchanged) throw new ChangedOnDiskError(path);
    if (existing && !existing.isFile()) throw new FileError(path, 'is not a regular file; a strategy is a YAML text file');
    writeFileTo(target, path, text, existing);
  });
}

/**
 * Writes a report (`--output-file`). A regular file or a new path is written
 * atomically (its folder created, as ESLint does); a device, FIFO or socket is
 * opened and written like a stream. A path that is one of `inputs`, the
 * strategies this run reads, is refused.
 */
export function writeOutputFile(path: string, text: string, inputs: readonly string[]): void {
  const existing = statOrNothing(path, path);
  if (existing?.isDirectory()) throw new FileError(path, 'is a folder; name a file for the report');
  if (existing && inputs.some((input) => isSameFile(existing, input))) {
    throw new FileError(path, 'is a strategy file this command reads; name another file for the report');
  }
  if (existing && !existing.isFile()) {
    writeToDescriptor(path, text);
    return;
  }
  const target = resolveTarget(path);
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    throw new FileError(path, describeSystemError(error, 'write'));
  }
  writeFileTo(target, path, text, existing);
}

function isSameFile(output: Stats, input: string): boolean {
  try {
    const info = statSync(input);
    return info.ino === output.ino && info.dev === output.dev;
  } catch {
    return false;
  }
}

function statOrNothing(target: string, shown: string): Stats | undefined {
  try {
    return statSync(target, { throwIfNoEntry: false });
  } catch (error) {
    throw new FileError(shown, describeSystemError(error, 'write'));
  }
}

function writeToDescriptor(path: string, text: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, 'w');
    writeAll(descriptor, Buffer.from(text));
  } catch (error) {
    throw new FileError(path, describeSystemError(error, 'write'));
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function writeAll(descriptor: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(descriptor, bytes, written);
}

const uid = process.getuid?.();
const gid = process.getgid?.();

/**
 * Writes `text` to the regular file `target` (or creates it). It is replaced
 * atomically when that keeps everything the file was: its owner (root can give
 * it back), its links and its mode; otherwise it is rewritten in place, as an
 * editor would. A file the user may not write is refused, as `echo >` would be.
 */
function writeFileTo(target: string, shown: string, text: string, existing: Stats | undefined): void {
  const bytes = Buffer.from(text);
  if (existing) {
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      throw new FileError(shown, describeSystemError(error, 'write'));
    }
  }
  const keepsOwner = !existing || uid === undefined || uid === 0 || (existing.uid === uid && existing.gid === gid);
  const replaceable = keepsOwner && (!existing || existing.nlink === 1) && isWritableFolder(dirname(target));
  if (replaceable) replaceAtomically(target, shown, bytes, existing);
  else if (existing) rewriteInPlace(target, shown, bytes);
  else throw new FileError(shown, 'permission denied; check who may write its folder');
}

function isWritableFolder(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

let tempCounter = 0;

function replaceAtomically(target: string, shown: string, bytes: Buffer, existing: Stats | undefined): void {
  // Unique enough with the pid and a counter; 'wx' refuses to reuse a name anyway.
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${tempCounter++}.tmp`);
  try {
    const descriptor = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    try {
      if (existing) {
        // Root gives the file back to its owner; then its own mode, since open() applied the umask.
        if (uid === 0 && (existing.uid !== 0 || existing.gid !== fstatSync(descriptor).gid)) fchownSync(descriptor, existing.uid, existing.gid);
        fchmodSync(descriptor, existing.mode & 0o7777);
      }
      writeAll(descriptor, bytes);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw new FileError(shown, describeSystemError(error, 'write'));
  }
}

function rewriteInPlace(target: string, shown: string, bytes: Buffer): void {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(target, 'r+');
    writeAll(descriptor, bytes);
    ftruncateSync(descriptor, bytes.length);
    fsyncSync(descriptor);
  } catch (error) {
    throw new FileError(shown, describeSystemError(error, 'write'));
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

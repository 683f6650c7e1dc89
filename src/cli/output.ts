/**
 * stdout and stderr for everything that is not a prompt.
 *
 * `process.stdout` is a stream: creating it loads Node's stream modules (and
 * `net` for a pipe), which is a tenth of what `check` costs on one file. Those
 * streams write synchronously anyway to files and terminals on POSIX and to
 * pipes on Linux, so the text goes straight to the descriptor instead, and
 * whole: nothing is cut off when the process ends. Prompts keep the stream,
 * which writes to a terminal synchronously too, so the two stay in order.
 * Windows keeps the streams, which convert text for the console there.
 */
import { fstatSync, statSync, writeSync } from 'node:fs';

type Descriptor = 1 | 2;

const streamOf = (descriptor: Descriptor) => (descriptor === 1 ? process.stdout : process.stderr);

/** Descriptors handed over to their stream after a write that would block, so that output stays in order. */
const handedOver = new Set<Descriptor>();

export function writeOut(text: string): void {
  write(1, text);
}

export function writeErr(text: string): void {
  write(2, text);
}

/**
 * Prints what confirms work already done (a strategy or report written). If
 * stdout fails now (a full disk, a closed descriptor), the work stands: the
 * exit code must not invite a retry that would record a value twice.
 */
export function confirm(print: () => void): void {
  try {
    print();
  } catch {
    // the file is written; only its confirmation is lost
  }
}

function write(descriptor: Descriptor, text: string): void {
  if (process.platform === 'win32' || handedOver.has(descriptor)) {
    writeToStream(descriptor, text);
    return;
  }
  const bytes = Buffer.from(text);
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(descriptor, bytes, written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // `smplan check | head` closes the pipe early; that is the reader's choice, not an error.
      if (code === 'EPIPE') return;
      // A non-blocking pipe that is full: the stream waits for it.
      if (code !== 'EAGAIN') throw error;
      handedOver.add(descriptor);
      writeToStream(descriptor, bytes.subarray(written).toString());
      return;
    }
  }
}

function writeToStream(descriptor: Descriptor, text: string): void {
  const stream = streamOf(descriptor);
  if (stream.listenerCount('error') === 0) stream.on('error', ignoreClosedPipe);
  stream.write(text);
}

/** `smplan check | head` closes the pipe early; that is the reader's choice, not an error. */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

/**
 * Whether stdout or stderr is a terminal. A file, pipe or socket never is, nor
 * is /dev/null, and fstat says so without loading the `tty` module; only
 * another character device needs the stream's own answer.
 */
export function isTerminal(descriptor: Descriptor): boolean {
  try {
    const info = fstatSync(descriptor);
    if (!info.isCharacterDevice() || (process.platform !== 'win32' && info.rdev === statSync('/dev/null').rdev)) return false;
  } catch {
    return false;
  }
  return Boolean(streamOf(descriptor).isTTY);
}

/**
 * Reads a file as it was at a git revision, for `smplan diff --since <rev>`.
 *
 * git runs without a shell (execFile), in the folder of the file, so the file
 * is found in the repository that holds it, wherever smplan was started.
 * The path inside the repository comes from `git rev-parse --show-prefix`; the
 * content from `git cat-file blob` (raw bytes, like `git show <rev>:<path>`
 * prints a blob, but never through a textconv filter). A revision that starts
 * with `-` is refused, so it can never be read as an option of git.
 *
 * Every failure is a `RevisionError` with a code the command turns into one
 * line in the user's language; git's own messages are not parsed beyond
 * telling "not a repository" apart (git runs with LC_ALL=C for that).
 */
import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { MAX_FILE_BYTES } from '../strategy/files.js';

export type RevisionProblem =
  | 'git-missing'
  | 'not-a-repository'
  | 'bad-revision'
  | 'path-missing'
  | 'not-a-file'
  | 'too-large'
  | 'binary'
  | 'not-utf8'
  | 'git-failed';

export class RevisionError extends Error {
  constructor(
    readonly code: RevisionProblem,
    /** git's first line of complaint, for `git-failed`. */
    readonly reason = '',
  ) {
    super(reason ? `${code}: ${reason}` : code);
    this.name = 'RevisionError';
  }
}

interface GitFailure {
  spawnCode?: string;
  stderr: string;
}

function runGit(args: readonly string[], cwd: string, maxBuffer = 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer,
        windowsHide: true,
        env: { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
      },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const failure: GitFailure = { stderr: stderr?.toString('utf8') ?? '' };
        const code = (error as NodeJS.ErrnoException).code;
        if (typeof code === 'string') failure.spawnCode = code;
        reject(failure);
      },
    );
  });
}

function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').replace(/^(fatal|error): /, '').trim();
}

/** Turns a failure of git into a `RevisionError`; `fallback` for a plain non-zero exit. */
function problemOf(failure: unknown, fallback?: RevisionProblem): RevisionError {
  const { spawnCode, stderr } = failure as GitFailure;
  if (spawnCode === 'ENOENT' || spawnCode === 'EACCES') return new RevisionError('git-missing');
  if (/not a git repository/i.test(stderr)) return new RevisionError('not-a-repository');
  if (fallback) return new RevisionError(fallback);
  return new RevisionError('git-failed', firstLine(stderr) || spawnCode || 'unknown error');
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of `file` (an absolute path) at `revision`. The file's folder must
 * exist: git runs there.
 */
export async function readAtRevision(file: string, revision: string): Promise<string> {
  if (revision === '' || revision.startsWith('-') || /[\0\n]/.test(revision)) throw new RevisionError('bad-revision');
  const folder = dirname(file);
  const git = (args: string[], maxBuffer?: number) => runGit(args, folder, maxBuffer);

  let prefix: string;
  try {
    prefix = (await git(['rev-parse', '--show-prefix'])).toString('utf8').replace(/\n$/, '');
  } catch (failure) {
    throw problemOf(failure);
  }
  let commit: string;
  try {
    commit = (await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])).toString('utf8').trim();
  } catch (failure) {
    throw problemOf(failure, 'bad-revision');
  }
  const object = `${commit}:${prefix}${basename(file)}`;
  let type: string;
  try {
    type = (await git(['cat-file', '-t', object])).toString('utf8').trim();
  } catch (failure) {
    throw problemOf(failure, 'path-missing');
  }
  if (type !== 'blob') throw new RevisionError('not-a-file');
  let size: number;
  try {
    size = Number((await git(['cat-file', '-s', object])).toString('utf8').trim());
  } catch (failure) {
    throw problemOf(failure);
  }
  if (!(size <= MAX_FILE_BYTES)) throw new RevisionError('too-large');
  let bytes: Buffer;
  try {
    bytes = await git(['cat-file', 'blob', object], MAX_FILE_BYTES + 1);
  } catch (failure) {
    throw problemOf(failure);
  }
  if (bytes.includes(0)) throw new RevisionError('binary');
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new RevisionError('not-utf8');
  }
}

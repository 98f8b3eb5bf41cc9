import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** One input of a batch: a file, standard input, or a path that cannot be read as one. */
export type Input =
  | { kind: 'stdin'; path: '-' }
  | { kind: 'file'; path: string }
  | { kind: 'unreadable'; path: string; problem: string };

const RELEASE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);
/** A folder of releases often holds a README that describes them ("README.md", "readme.txt"): no release. */
const FOLDER_README = /^readme(?:\.[^.]*)?$/i;

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symbolic link loop';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    default:
      return (error as Error).message;
  }
}

/** Why a path cannot be read; a link whose target is missing says so rather than "no such file". */
function problemOf(path: string, error: unknown): string {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return 'symbolic link to a file or folder that does not exist';
    } catch {
      // not there at all
    }
  }
  return describe(error);
}

/** Release files below a folder, depth first in sorted order; each real folder is read once. */
function releasesIn(folder: string, seen: Set<string>, into: Input[]): void {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch (error) {
    into.push({ kind: 'unreadable', path: folder, problem: describe(error) });
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch (error) {
    into.push({ kind: 'unreadable', path: folder, problem: describe(error) });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || FOLDER_README.test(name)) continue;
    const path = join(folder, name);
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      if (RELEASE_EXTENSIONS.has(extname(name).toLowerCase())) into.push({ kind: 'unreadable', path, problem: problemOf(path, error) });
      continue;
    }
    if (stats.isDirectory()) releasesIn(path, seen, into);
    else if (!RELEASE_EXTENSIONS.has(extname(name).toLowerCase())) continue;
    // Opening a pipe found in a folder would wait for a writer forever: only files named on the command line may be one.
    else if (stats.isFile()) into.push({ kind: 'file', path });
    else into.push({ kind: 'unreadable', path, problem: 'not a regular file (a pipe, socket or device)' });
  }
}

/** The inputs named on the command line, folders expanded to the `*.txt`, `*.md` and `*.html` files below them (no README). */
export function expandInputs(args: readonly string[]): Input[] {
  const inputs: Input[] = [];
  for (const arg of args) {
    if (arg === '-') {
      inputs.push({ kind: 'stdin', path: '-' });
      continue;
    }
    let isFolder = false;
    try {
      isFolder = statSync(arg).isDirectory();
    } catch (error) {
      inputs.push({ kind: 'unreadable', path: arg, problem: problemOf(arg, error) });
      continue;
    }
    if (!isFolder) {
      inputs.push({ kind: 'file', path: arg });
      continue;
    }
    const found: Input[] = [];
    releasesIn(arg, new Set(), found);
    if (found.length === 0) inputs.push({ kind: 'unreadable', path: arg, problem: 'folder holds no *.txt, *.md or *.html files' });
    inputs.push(...found);
  }
  return inputs;
}

export { describe as describeFsError };

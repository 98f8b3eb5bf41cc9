import { accessSync, constants, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { describeFsError } from './inputs.js';

/**
 * Writes one output file per input into a folder. Names come from the input's base name only, so no
 * output leaves the folder; a name taken earlier in the batch gets a numbered suffix. Each file is
 * written to a temporary name and renamed into place, so a reader never sees half a record.
 */
export class OutDir {
  private readonly taken = new Set<string>();
  private readonly pending = new Set<string>();

  constructor(
    readonly dir: string,
    private readonly extension: string,
  ) {}

  /** Null when the folder can be written, else the problem. */
  prepare(): string | null {
    try {
      makeFolders(this.dir);
      accessSync(this.dir, constants.W_OK);
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'it is a file, not a folder';
      return describeFsError(error);
    }
  }

  /** The output path for an input, unique within this batch. */
  claim(inputPath: string): string {
    const stem = inputPath === '-' ? 'stdin' : safeStem(inputPath);
    let name = `${stem}${this.extension}`;
    for (let suffix = 2; this.taken.has(name.toLowerCase()); suffix++) name = `${stem}-${suffix}${this.extension}`;
    this.taken.add(name.toLowerCase());
    return join(this.dir, name);
  }

  write(path: string, content: string): void {
    const temporary = join(this.dir, `.${basename(path)}.${process.pid}.tmp`);
    this.pending.add(temporary);
    try {
      // 'wx' creates a new file and never follows a link left at the temporary name to elsewhere.
      rmSync(temporary, { force: true });
      writeFileSync(temporary, content, { flag: 'wx' });
      renameSync(temporary, path);
    } finally {
      this.pending.delete(temporary);
      rmSync(temporary, { force: true });
    }
  }

  /** Removes temporary files of writes cut short (on interrupt). */
  abandon(): void {
    for (const temporary of this.pending) rmSync(temporary, { force: true });
    this.pending.clear();
  }
}

/**
 * `mkdir -p`. Node 20's own (`recursive: true`) never returns where a parent exists but cannot hold
 * folders, as in /proc: making the child fails, the parent exists, and it tries the child again.
 * Here the child is tried once more after its parent is made, and a second failure is final.
 */
function makeFolders(dir: string): void {
  try {
    mkdirSync(dir);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && statSync(dir).isDirectory()) return;
    const parent = dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw error;
  }
  makeFolders(dirname(dir));
  mkdirSync(dir);
}

/**
 * UTF-8 bytes a stem may take: a file name holds at most 255 bytes, and the temporary name adds a dot,
 * the extension, a `-N` suffix, the process id and `.tmp` around it.
 */
const MAX_STEM_BYTES = 200;

/** A file name stem that stays a plain name inside the folder, whatever the input was called. */
function safeStem(inputPath: string): string {
  const base = basename(inputPath.replace(/\\/g, '/'));
  const stem = base.slice(0, base.length - extname(base).length) || base;
  let safe = stem.replace(/[\u0000-\u001f/\\:*?"<>|]/g, '_').replace(/^\.+/, '');
  while (Buffer.byteLength(safe) > MAX_STEM_BYTES) safe = [...safe].slice(0, -1).join('');
  return safe === '' ? 'release' : safe;
}

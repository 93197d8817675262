import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * One process per embedded data directory: PGlite does not support two, and two can corrupt it.
 * The owner holds `atlas.lock` in the directory — created exclusively, holding its PID, the
 * command and when it started — and removes it on close or exit. A lock whose process is gone
 * (a crash, kill -9) is stale and taken over.
 */
export const LOCK_FILE = 'atlas.lock';

export interface LockHolder {
  pid: number;
  command: string;
  startedAt: string;
  host: string;
  /** the kernel's start time of the process, so a PID reused by another program is not taken for the holder */
  startTicks: string | null;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by process ${holder.pid} ("${holder.command}", since ${holder.startedAt}${holder.host === os.hostname() ? '' : ` on ${holder.host}`}). ` +
        `PGlite allows one process per data directory. Stop that process first (Ctrl-C in its terminal, or kill ${holder.pid}), ` +
        'or run this command against a PostgreSQL server with DATABASE_URL.',
    );
  }
}

function startTicksOf(pid: number): string | null {
  try {
    // /proc/PID/stat: the command may hold spaces and parentheses, so count fields after the last ")".
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const ticks = startTicksOf(holder.pid);
  return holder.startTicks === null || ticks === null || ticks === holder.startTicks;
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

const describeProcess = () => ['atlas', process.argv[2]].filter(Boolean).join(' ');

/** Takes the directory's lock or throws DataDirLockedError naming the live holder. */
export function lockDataDir(dataDir: string, command = describeProcess()): { release(): void } {
  const file = path.join(dataDir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    command,
    startedAt: new Date().toISOString(),
    host: os.hostname(),
    startTicks: startTicksOf(process.pid),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      fs.writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder);
      // A half-written lock may be a process taking it right now: look again before calling it stale.
      if (!holder && attempt === 0) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        continue;
      }
      fs.rmSync(file, { force: true });
      continue;
    }
    const release = () => {
      if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      process.off('exit', release);
    };
    process.on('exit', release);
    return { release };
  }
  throw new Error(`could not take the lock ${file}`);
}

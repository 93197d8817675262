import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { createUser } from '../admin/auth.service.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { HttpError } from '../http/errors.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo, CommandContext } from './command.types.ts';
import { withDatabase } from './with-database.ts';

async function readPasswordFromStdin(stdin: CliIo['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks twice on the terminal without echoing what is typed. */
async function promptPassword(io: CliIo): Promise<string> {
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: io.stdin, output: io.stdout, terminal: true });
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.includes(question)) write.call(rl, question);
      };
      rl.question(question, (answer) => {
        rl.close();
        io.stdout.write('\n');
        resolve(answer);
      });
    });
  const first = await ask('Password: ');
  if ((await ask('Repeat password: ')) !== first) throw new UsageError('the passwords do not match');
  return first;
}

/** `atlas user add EMAIL --role admin|editor [--password-stdin]` */
export async function runUser(args: string[], { config, io }: CommandContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  const [sub, email, ...extra] = positionals;
  if (sub !== 'add' || !email || extra.length > 0)
    throw new UsageError('usage: atlas user add EMAIL --role admin|editor [--password-stdin]');
  if (values.role !== 'admin' && values.role !== 'editor') throw new UsageError('--role must be admin or editor');
  if (!io.stdin.isTTY && !values['password-stdin'])
    throw new UsageError('no terminal to ask for a password: pass --password-stdin and pipe it in');
  const password = values['password-stdin'] ? await readPasswordFromStdin(io.stdin) : await promptPassword(io);
  try {
    const user = await withDatabase(config, async (h) => {
      await migrateToLatest(h.db);
      return createUser(h.db, email, values.role as 'admin' | 'editor', password);
    });
    io.stdout.write(`Created ${user.role} ${user.email}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof HttpError && (error.status === 409 || error.status === 422)) {
      io.stderr.write(`atlas: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

import ejs from 'ejs';
import express from 'express';
import pg from 'pg';

/**
 * The floor every page is measured against: a TechEmpower-Fortunes-style page on the same stack
 * (express + pg + ejs), one query, one row added, sorted, escaped. `npm run bench` starts it as
 * its own process: node --import tsx test/bench/floor-server.ts PORT DATABASE_URL
 */
const [port, url] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 16 });
const page = ejs.compile(
  '<!DOCTYPE html><html><head><title>Fortunes</title></head><body><table><tr><th>id</th><th>message</th></tr>' +
    '<% for (const f of fortunes) { %><tr><td><%= f.id %></td><td><%= f.message %></td></tr><% } %></table></body></html>',
);
const app = express();
app.disable('x-powered-by');
app.get('/fortunes', async (_req, res) => {
  const { rows } = await pool.query<{ id: number; message: string }>('select id, message from bench_fortune');
  rows.push({ id: 0, message: 'A fortune added while the request ran.' });
  rows.sort((a, b) => (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  res.type('html').send(page({ fortunes: rows }));
});
app.listen(Number(port), '127.0.0.1', () => process.stdout.write('floor ready\n'));

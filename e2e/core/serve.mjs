// The e2e web server: on PostgreSQL, first creates the run's own schema (named in DATABASE_URL's
// search_path by e2eDatabaseUrl) and drops the schemas earlier runs left behind, then starts the
// built server exactly as `npm start` does.
import pg from 'pg';

const url = process.env.DATABASE_URL?.trim() ?? '';
const schema =
  url === '' ? null : /search_path=(kc_e2e_[0-9a-f]+)/.exec(new URL(url).searchParams.get('options') ?? '')?.[1];
if (schema !== null && schema !== undefined) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select nspname from pg_namespace where nspname like 'kc\\_e2e\\_%' and nspname <> $1",
      [schema],
    );
    for (const { nspname } of rows) {
      await client.query(`drop schema if exists ${client.escapeIdentifier(nspname)} cascade`);
    }
    await client.query(`create schema if not exists ${client.escapeIdentifier(schema)}`);
  } finally {
    await client.end();
  }
}
await import('../../packages/server/dist/main.js');

import { sessionTokenDigest } from '@kratom-care/store';
import type { DBAdapter, DBTransactionAdapter, Where } from 'better-auth';

/*
 * better-auth 1.7 has no option to store session tokens hashed (it has one for verification
 * identifiers only), so its database adapter is wrapped: on the `session` model, a token going in
 * (a new row, an update, any `where` on `token`) is replaced by its hash, and a row coming back
 * shows the token the caller asked by, so cookie signing, sign-out and the two-factor plugin keep
 * working unchanged. A row found by anything else (say, every session of a user) comes back with
 * the stored hash, which is not a token and opens nothing. This leans on how better-auth calls its
 * adapter (logical model `session`, field `token`); the sign-in tests on both databases prove it.
 */

const SESSION_MODEL = 'session';
const TOKEN_FIELD = 'token';

type CreateInput<T> = {
  model: string;
  data: Omit<T, 'id'>;
  select?: string[] | undefined;
  forceAllowId?: boolean | undefined;
};
type FindOneInput = Parameters<DBAdapter['findOne']>[0];
type FindManyInput = Parameters<DBAdapter['findMany']>[0];
type UpdateInput = Parameters<DBAdapter['update']>[0];
type WhereInput = Parameters<DBAdapter['consumeOne']>[0];
type IncrementInput = Parameters<DBAdapter['incrementOne']>[0];

/** The stored hashes met in one call, mapped back to the tokens the caller gave. */
type Known = Map<string, string>;

function remember(known: Known, token: string): string {
  const hash = sessionTokenDigest(token);
  known.set(hash, token);
  return hash;
}

function hashClause(clause: Where, known: Known): Where {
  if (clause.field !== TOKEN_FIELD) {
    return clause;
  }
  const operator = clause.operator ?? 'eq';
  const { value } = clause;
  if ((operator === 'eq' || operator === 'ne') && typeof value === 'string') {
    return { ...clause, value: remember(known, value) };
  }
  if ((operator === 'in' || operator === 'not_in') && Array.isArray(value)) {
    return { ...clause, value: value.map((token) => remember(known, String(token))) };
  }
  // A pattern match on a hash means nothing; refuse rather than quietly match no row.
  throw new Error(`session tokens are stored hashed; "${operator}" on session.token cannot be answered`);
}

function hashWhere<W extends Where[] | undefined>(model: string, where: W, known: Known): W {
  return (
    model === SESSION_MODEL && where !== undefined ? where.map((clause) => hashClause(clause, known)) : where
  ) as W;
}

function hashTokenField<D extends object>(model: string, data: D, known: Known): D {
  if (model !== SESSION_MODEL || !(TOKEN_FIELD in data)) {
    return data;
  }
  const token = (data as Record<string, unknown>)[TOKEN_FIELD];
  return typeof token === 'string' ? { ...data, [TOKEN_FIELD]: remember(known, token) } : data;
}

function restoreToken<T>(model: string, row: T, known: Known): T {
  if (model !== SESSION_MODEL || typeof row !== 'object' || row === null || !(TOKEN_FIELD in row)) {
    return row;
  }
  const stored = (row as Record<string, unknown>)[TOKEN_FIELD];
  const token = typeof stored === 'string' ? known.get(stored) : undefined;
  return token === undefined ? row : { ...row, [TOKEN_FIELD]: token };
}

function wrapOperations(adapter: DBTransactionAdapter): DBTransactionAdapter {
  return {
    ...adapter,
    create: async <T extends Record<string, unknown>, R = T>(input: CreateInput<T>): Promise<R> => {
      const known: Known = new Map();
      const created = await adapter.create<T, R>({ ...input, data: hashTokenField(input.model, input.data, known) });
      return restoreToken(input.model, created, known);
    },
    findOne: async <T>(input: FindOneInput): Promise<T | null> => {
      const known: Known = new Map();
      const row = await adapter.findOne<T>({ ...input, where: hashWhere(input.model, input.where, known) });
      return restoreToken(input.model, row, known);
    },
    findMany: async <T>(input: FindManyInput): Promise<T[]> => {
      const known: Known = new Map();
      const rows = await adapter.findMany<T>({ ...input, where: hashWhere(input.model, input.where, known) });
      return rows.map((row) => restoreToken(input.model, row, known));
    },
    count: async (input) => adapter.count({ ...input, where: hashWhere(input.model, input.where, new Map()) }),
    update: async <T>(input: UpdateInput): Promise<T | null> => {
      const known: Known = new Map();
      const row = await adapter.update<T>({
        ...input,
        where: hashWhere(input.model, input.where, known),
        update: hashTokenField(input.model, input.update, known),
      });
      return restoreToken(input.model, row, known);
    },
    updateMany: async (input) => {
      const known: Known = new Map();
      return adapter.updateMany({
        ...input,
        where: hashWhere(input.model, input.where, known),
        update: hashTokenField(input.model, input.update, known),
      });
    },
    delete: async (input) => adapter.delete({ ...input, where: hashWhere(input.model, input.where, new Map()) }),
    deleteMany: async (input) =>
      adapter.deleteMany({ ...input, where: hashWhere(input.model, input.where, new Map()) }),
    consumeOne: async <T>(input: WhereInput): Promise<T | null> => {
      const known: Known = new Map();
      const row = await adapter.consumeOne<T>({ ...input, where: hashWhere(input.model, input.where, known) });
      return restoreToken(input.model, row, known);
    },
    incrementOne: async <T>(input: IncrementInput): Promise<T | null> => {
      const known: Known = new Map();
      const row = await adapter.incrementOne<T>({ ...input, where: hashWhere(input.model, input.where, known) });
      return restoreToken(input.model, row, known);
    },
  };
}

/**
 * Wraps better-auth's database adapter so that `session.token` only ever holds
 * {@link sessionTokenDigest} of the token, including inside better-auth's transactions.
 *
 * @param adapter - better-auth's own adapter for our database.
 * @returns The same adapter, storing and finding sessions by the hash of their token.
 */
export function withHashedSessionTokens(adapter: DBAdapter): DBAdapter {
  return {
    ...wrapOperations(adapter),
    transaction: async (callback) => adapter.transaction(async (trx) => callback(wrapOperations(trx))),
  };
}

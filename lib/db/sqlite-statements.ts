/**
 * A prepared-statement cache for Prisma's better-sqlite3 adapter. The adapter (7.10) prepares
 * every statement anew on each query, `client.prepare(sql).bind(args)`, and a profile of the
 * write load put 6% of the server's time in `prepare` alone. An app runs the same few dozen
 * statements again and again, so each is prepared once and run with its arguments each time.
 *
 * It stands in for the adapter's connection and offers exactly what the adapter calls on it
 * (`prepare` with `bind`, `run`, `reader`, `columns` and `raw().all()`; `exec`; `close`). SQLite
 * re-prepares a cached statement by itself after a schema change. Everything is synchronous,
 * so one statement is never used by two queries at once.
 */
import type BetterSqlite3 from 'better-sqlite3';

/**
 * The adapter opens every transaction with a plain (deferred) `BEGIN`: the transaction reads
 * under a snapshot and asks for the write lock only at its first write. When another process
 * (the import, `user:create`, a second instance) has written meanwhile, that upgrade cannot
 * wait: SQLite refuses it at once (SQLITE_BUSY_SNAPSHOT), whatever the busy timeout, and the
 * write fails. `BEGIN IMMEDIATE` takes the write lock first and waits its turn for it under the
 * busy timeout. Within one process the adapter already runs one transaction at a time, and
 * the app's transactions are writes, so nothing that could have run alongside now waits.
 */
const BEGIN_WRITE = 'BEGIN IMMEDIATE';

/** Distinct statements kept; past that the least recently used is dropped. */
const MAX_STATEMENTS = 500;

export type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** A cached statement as the adapter uses it after `bind(args)`: the arguments go with each run. */
class Bound {
  constructor(
    private readonly statement: Statement,
    private readonly args: unknown[],
  ) {}
  get reader(): boolean {
    return this.statement.reader;
  }
  run(): BetterSqlite3.RunResult {
    return this.statement.run(...this.args);
  }
  columns(): BetterSqlite3.ColumnDefinition[] {
    return this.statement.columns();
  }
  raw(): { all: () => unknown[] } {
    return { all: () => this.statement.raw(true).all(...this.args) };
  }
}

class Prepared {
  constructor(private readonly statement: Statement) {}
  get reader(): boolean {
    return this.statement.reader;
  }
  run(): BetterSqlite3.RunResult {
    return this.statement.run();
  }
  bind(args: unknown[]): Bound {
    return new Bound(this.statement, args);
  }
}

export class StatementCache {
  readonly #statements = new Map<string, Statement>();
  constructor(private readonly db: BetterSqlite3.Database) {}

  /** What the adapter calls: the cached statement, to be bound to each query's arguments. */
  prepare(sql: string): Prepared {
    return new Prepared(this.statement(sql === 'BEGIN' ? BEGIN_WRITE : sql));
  }

  /**
   * The cached better-sqlite3 statement itself, for the few statements run beside Prisma (the
   * data version). Shared with the adapter, which reads in raw mode: set the mode you read in.
   */
  statement(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (statement) {
      // Most recently used last, so the first key is the one to drop.
      this.#statements.delete(sql);
    } else {
      statement = this.db.prepare(sql) as Statement;
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.delete(this.#statements.keys().next().value!);
    }
    this.#statements.set(sql, statement);
    return statement;
  }

  exec(sql: string): this {
    this.db.exec(sql);
    return this;
  }

  close(): this {
    this.#statements.clear();
    this.db.close();
    return this;
  }

  has(sql: string): boolean {
    return this.#statements.has(sql);
  }

  get size(): number {
    return this.#statements.size;
  }
}

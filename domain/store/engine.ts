/** Which database a DATABASE_URL names. SQLite is the embedded default. */
export type Engine = "sqlite" | "postgres";

export function engineOf(databaseUrl: string): Engine {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return "postgres";
  if (databaseUrl.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)`);
}

/** The engine behind a Prisma client or transaction (Prisma's own provider name). */
export function clientEngine(client: object): Engine {
  return (client as { _activeProvider?: string })._activeProvider === "postgresql" ? "postgres" : "sqlite";
}

/** The file path of a `file:` URL, relative paths resolved against the working directory. */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
}

/**
 * `value` as Prisma's driver adapter for `engine` binds it: SQLite keeps a DateTime as ISO text
 * with "+00:00" and a boolean as 0/1; PostgreSQL's timestamp(3) columns take the UTC ISO text.
 * SQL that binds values itself (the bulk inserts, the report reader) must write and compare
 * exactly what Prisma wrote.
 */
export function storedValue(value: unknown, engine: Engine): unknown {
  if (value instanceof Date) return engine === "sqlite" ? value.toISOString().replace("Z", "+00:00") : value.toISOString();
  if (typeof value === "boolean" && engine === "sqlite") return value ? 1 : 0;
  return value;
}

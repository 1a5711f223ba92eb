/** Which database a DATABASE_URL names. SQLite is the embedded default. */
export type Engine = "sqlite" | "postgres";

export function engineOf(databaseUrl: string): Engine {
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) return "postgres";
  if (databaseUrl.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)`);
}

/** The file path of a `file:` URL, relative paths resolved against the working directory. */
export function sqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, "").replace(/\?.*$/, "");
}

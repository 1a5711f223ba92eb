// The one mechanical difference between the two schema files.
export const POSTGRES_HEADER =
  "// GENERATED from schema.prisma by prisma/generate.mjs: do not edit, edit schema.prisma.\n";

export function derivePostgresSchema(sqliteSchema) {
  const provider = /provider\s*=\s*"sqlite"/;
  const output = /output\s*=\s*"\.\/generated\/sqlite"/;
  if (!provider.test(sqliteSchema) || !output.test(sqliteSchema)) {
    throw new Error("schema.prisma must name provider \"sqlite\" and output \"./generated/sqlite\"");
  }
  return (
    POSTGRES_HEADER +
    sqliteSchema
      .replace(provider, 'provider = "postgresql"')
      .replace(output, 'output     = "./generated/postgres"')
  );
}

// Rows of an analytics query read through the driver (rowReader.ts) and checked against a zod
// schema once, at this edge: what leaves here is typed, numbers are numbers on both engines
// (PostgreSQL returns sums as text, SQLite dates as text), and a query that drifted from its
// schema fails loudly instead of showing a wrong figure.
import { z } from "zod";
import type { Db, Prisma } from "./client.js";
import { rowObject, rowReaderOf } from "./rowReader.js";

/** A count or sum column: a number on either engine (PostgreSQL's bigint and numeric come as text). */
export const figure = z.coerce.number().refine(Number.isFinite, { message: "not a finite number" });
/** A DateTime column: a Date from pg, ISO text from SQLite. */
export const instant = z.coerce.date();

export async function typedRows<Row>(db: Db, name: string, query: Prisma.Sql, row: z.ZodType<Row>): Promise<Row[]> {
  const table = await rowReaderOf(db).rows(query);
  const parsed = z.array(row).safeParse(table.rows.map((values) => rowObject(table, values)));
  if (!parsed.success) throw new Error(`the ${name} query returned rows outside its schema: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

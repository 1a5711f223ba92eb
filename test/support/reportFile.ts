// Large Partner Hub reports written by the test (or benchmark) itself, streamed to a file a
// thousand rows at a time, so that a 200,000-row file costs the writer no memory.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { SUBSCRIPTION_DETAILS_HEADER } from "../../domain/import/kinds/subscriptionDetails.js";

/** Two subscriptions per customer; the customers' org ids start at `firstCustomer`. */
export function subscriptionDetailsRow(i: number, firstCustomer = 0): string {
  const customer = firstCustomer + Math.floor(i / 2);
  const orgId = `00000000-0000-4000-8000-${customer.toString(16).padStart(12, "0")}`;
  const total = 10 + (i % 90);
  return [
    "2026-11-20", `"Customer ${customer}, Ltd."`, orgId, i % 13 === 0 ? "Expired" : "Active", `Sub-${firstCustomer}-${i}`, i % 7 === 0 ? "Trial" : "Named User",
    String(total * 2), String(total * 2 - 1), i % 2 ? "Yes" : "No", `2027-0${1 + (i % 9)}-15`,
    String(total), String(total - 3), String(total - 9), String(total), String(total + (i % 5)), String(total - 4), "", "", "",
  ].join(",");
}

/** Writes a subscription details CSV of `rows` rows (with a BOM and CRLF, as Partner Hub does); returns its size. */
export async function writeSubscriptionDetails(file: string, rows: number, firstCustomer = 0): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`\ufeff${SUBSCRIPTION_DETAILS_HEADER.join(",")}\r\n`);
  for (let i = 0; i < rows; i += 1000) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(rows, i + 1000); j++) lines.push(subscriptionDetailsRow(j, firstCustomer));
    await write(`${lines.join("\r\n")}\r\n`);
  }
  out.end();
  await once(out, "finish");
  return bytes;
}

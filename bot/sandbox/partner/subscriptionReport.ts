// The Subscription details report the Partner Reports API would produce for a demo partner: a
// CSV with a BOM in Partner Hub's columns, zipped alone, as the download of a finished report.
import { zipSync } from "fflate";
import type { DemoPartner } from "../../../prisma/seed/index.js";
import { SUBSCRIPTION_DETAILS_HEADER } from "../../../domain/import/kinds/subscriptionDetails.js";

const STATUS_LABEL: Record<string, string> = {
  active: "Active", expired: "Expired", suspended: "Suspended", pending_setup: "Pending setup", cancelled: "Cancelled",
};
const REPORTED_PRODUCTS = ["meetings", "calling_professional", "calling_standard"] as const;

const cell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const day = (date: Date): string => date.toISOString().slice(0, 10);

/** The CSV text (with BOM, CRLF) of the customers of `region` (all when null), as of `now`. */
export function subscriptionDetailsCsv(partner: DemoPartner, now: Date, region: string | null): string {
  const customers = new Map(partner.customers.filter((c) => !region || c.region === region).map((c) => [c.id, c]));
  const lines = new Map<string, Map<string, { total: number; assigned: number; used: number }>>();
  for (const line of partner.licenseLines) {
    if (!lines.has(line.subscriptionId)) lines.set(line.subscriptionId, new Map());
    lines.get(line.subscriptionId)!.set(line.product, line);
  }
  const rows = [SUBSCRIPTION_DETAILS_HEADER.map(cell).join(",")];
  for (const s of partner.subscriptions) {
    const customer = customers.get(s.customerId);
    if (!customer) continue;
    const licenses = REPORTED_PRODUCTS.flatMap((product) => {
      const line = lines.get(s.id)?.get(product);
      return line ? [String(line.total), String(line.assigned), String(line.used)] : ["", "", ""];
    });
    rows.push([
      day(now), customer.name, customer.id, STATUS_LABEL[s.status] ?? s.status, s.id, s.type === "trial" ? "Trial" : "Named User",
      String(customer.totalUsers ?? ""), String(customer.verifiedUsers ?? ""), s.autoRenew ? "Yes" : "No", s.endAt ? day(s.endAt) : "",
      ...licenses,
    ].map(cell).join(","));
  }
  return `\ufeff${rows.join("\r\n")}\r\n`;
}

export function zippedReport(fileName: string, csv: string): Buffer {
  return Buffer.from(zipSync({ [fileName]: new TextEncoder().encode(csv) }));
}

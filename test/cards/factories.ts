// View models for the card builders, built from plain objects: fixed dates, names that need
// escaping, and enough rows to page.
import type { CustomerDetail, ContractDetail } from "../../domain/analytics/customerDetail.js";
import type { Page } from "../../domain/analytics/types.js";
import type { ActionData } from "../../cards/actions.js";

export const NOW = new Date("2026-11-23T10:00:00Z");
const day = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

export function makePage<Row>(rows: Row[], overrides: Partial<Page<Row>> = {}): Page<Row> {
  return { rows, page: 1, pageSize: 10, total: rows.length, pageCount: Math.max(1, Math.ceil(rows.length / 10)), ...overrides };
}

export function makeContract(overrides: Partial<ContractDetail> = {}): ContractDetail {
  return {
    id: "Sub-100001",
    status: "active",
    startAt: day(-400),
    endAt: day(20),
    autoRenew: false,
    licenses: [
      { product: "meetings", family: "meetings", total: 100, assigned: 80, used: 55, available: 20 },
      { product: "calling_professional", family: "calling", total: 40, assigned: 42, used: 30, available: 0 },
    ],
    orders: [
      { id: "O-2", placedAt: day(-35), kind: "change", summary: "Added 40 Calling Professional licenses" },
      { id: "O-1", placedAt: day(-400), kind: "new", summary: "New subscription, 100 Meetings licenses" },
    ],
    ...overrides,
  };
}

export function makeCustomerDetail(overrides: Partial<CustomerDetail> = {}): CustomerDetail {
  return {
    profile: {
      id: "6f1c2a4e-1111-4222-8333-944455556666",
      name: "*Acme* GmbH [Berlin]",
      industry: "Manufacturing",
      plannedUsers: 1200,
      region: "EU",
      managedBy: "partner",
      externalId: null,
      addedAt: day(-500),
      lastAdminActivityAt: day(-3),
    },
    statuses: ["expiringSoon", "licenseOverage", "active"],
    subscriptions: [makeContract(), makeContract({ id: "Sub-100002", autoRenew: true, endAt: day(200), orders: [] })],
    trials: [makeContract({ id: "Trial-700001", startAt: day(-10), endAt: day(50), licenses: [{ product: "rtt", family: "other", total: 10, assigned: 2, used: 1, available: 8 }], orders: [] })],
    tags: ["Key account", "Renewal risk"],
    admins: [{ email: "dora.klein@partner.example", displayName: "Dora Klein", role: "sales-full" }],
    hasCallQueues: true,
    ...overrides,
  };
}

/** Button data for a card under test that does not care which action it carries. */
export const testAction = (data: { action: string } & Record<string, unknown>): ActionData => data as unknown as ActionData;

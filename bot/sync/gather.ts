// Reads everything a sync needs from the partner APIs, before anything is written: managed
// organizations, licenses per org, tags, and one Subscription details report per region.
import type { Logger } from "pino";
import { REGIONS } from "../../domain/model.js";
import type { PartnerApiData } from "../../domain/import/landPartnerApis.js";
import type { PartnerClient } from "./partnerClient.js";
import { createdReport, licensesPage, organizationsPage, reportDetails, tagList, taggedOrgsPage, templateList } from "./shapes.js";

export interface GatheredReport { region: string; fileName: string; bytes: Buffer }
export interface Gathered extends PartnerApiData { reports: GatheredReport[] }

export interface GatherOptions {
  client: PartnerClient;
  log: Logger;
  now: Date;
  sleep: (ms: number) => Promise<void>;
  pollIntervalMs: number;
  maxPolls: number;
  regions: readonly string[];
}

export class SyncError extends Error {}

/** Runs `work` over `items`, `limit` at a time: thousands of orgs, one licenses call each. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

export async function gatherPartnerData(options: GatherOptions): Promise<Gathered> {
  const { client, log } = options;
  const orgs = await client.all("partner/organizations?max=100", organizationsPage, (p) => p.items);
  log.info({ organizations: orgs.length }, "sync: organizations read");

  const licenses: Gathered["licenses"] = [];
  await eachLimited(orgs, 4, async (org) => {
    const items = await client.all(`licenses?orgId=${encodeURIComponent(org.orgId)}`, licensesPage, (p) => p.items);
    for (const l of items) licenses.push({ orgId: org.orgId, subscriptionId: l.subscriptionId ?? null, name: l.name, totalUnits: l.totalUnits, consumedUnits: l.consumedUnits });
  });

  const tagNames = (await client.json("GET", "partner/tags?type=ORGANIZATION", tagList)).tags.map((t) => t.name);
  const taggedOrganizations: Gathered["taggedOrganizations"] = [];
  // Tag names go in the query string: ask in groups so the URL stays short.
  for (let i = 0; i < tagNames.length; i += 20) {
    const group = tagNames.slice(i, i + 20).map(encodeURIComponent).join(",");
    const page = await client.all(`partner/tags/organizations?tags=${group}&max=100`, taggedOrgsPage, (p) => p);
    for (const o of page) taggedOrganizations.push({ orgId: o.orgId, name: o.orgName ?? null, tags: o.tags.map((t) => t.name) });
  }

  const templates = await client.json("GET", "partner/reports/templates", templateList);
  const template = templates.find((t) => /subscription\s*details/i.test(t.title));
  if (!template) throw new SyncError("the Partner Reports API offers no Subscription Details template");
  const day = options.now.toISOString().slice(0, 10);
  const reports: GatheredReport[] = [];
  for (const region of options.regions) {
    const reportId = await client.json("POST", "partner/reports", createdReport, { templateId: template.id, startDate: day, endDate: day, regionId: region });
    let downloadURL: string | undefined;
    for (let poll = 0; poll < options.maxPolls && !downloadURL; poll++) {
      const details = await client.json("GET", `partner/reports/${encodeURIComponent(reportId)}`, reportDetails);
      if (details.downloadURL) downloadURL = details.downloadURL;
      else if (/fail|error/i.test(details.status ?? "")) throw new SyncError(`the ${region} report failed to generate`);
      else await options.sleep(options.pollIntervalMs);
    }
    if (!downloadURL) throw new SyncError(`the ${region} report was not ready after ${options.maxPolls} polls`);
    reports.push({ region, fileName: `Subscription Details_${region}_${day}`, bytes: await client.bytes(downloadURL) });
  }
  return {
    organizations: orgs.map((o) => ({ orgId: o.orgId.toLowerCase(), name: o.displayName ?? o.orgName ?? null })),
    licenses: licenses.map((l) => ({ ...l, orgId: l.orgId.toLowerCase() })),
    taggedOrganizations: taggedOrganizations.map((o) => ({ ...o, orgId: o.orgId.toLowerCase() })),
    reports,
  };
}

export const ALL_REGIONS: readonly string[] = REGIONS;

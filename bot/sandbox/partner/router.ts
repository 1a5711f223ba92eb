// The partner APIs a partner-admin token reaches, served from a demo partner so that sync runs
// end to end: managed organizations, licenses per org, partner tags, and the Partner Reports
// API (templates, create, poll, download). Paging follows Webex: `max` and a Link rel="next".
import express, { Router, type Request, type Response } from "express";
import type { DemoPartner } from "../../../prisma/seed/index.js";
import { subscriptionDetailsCsv, zippedReport } from "./subscriptionReport.js";
import { callingUsageCsv, mediaQualityCsv } from "./callingReports.js";

export interface PartnerApiOptions {
  partner: DemoPartner;
  /** The partner-admin token these endpoints accept (a bot token cannot read customer orgs). */
  token: string;
  now?: () => Date;
  /** Largest page served, whatever `max` asks for (Webex caps `max` per API; 100 here by default). */
  pageSize?: number;
  /** How many polls of a new report answer "inProgress" before it is done. */
  pollsUntilDone?: number;
}

export const SUBSCRIPTION_DETAILS_TEMPLATE = { id: 1701, title: "Subscription Details", service: "Partner", maxDays: 1, identifier: "partner" };
export const CALLING_USAGE_TEMPLATE = { id: 130, title: "Calling Detailed Usage", service: "Partner", maxDays: 31, identifier: "partner" };
// Assumed: the per-leg media quality export offered as a partner template (not checked against
// the live API from here); its columns are those the call-quality import reads.
export const MEDIA_QUALITY_TEMPLATE = { id: 140, title: "Calling Media Quality", service: "Partner", maxDays: 31, identifier: "partner" };
const TEMPLATES = [SUBSCRIPTION_DETAILS_TEMPLATE, CALLING_USAGE_TEMPLATE, MEDIA_QUALITY_TEMPLATE];

const LICENSE_NAMES: Record<string, string> = {
  meetings: "Meeting - Webex Meetings Suite",
  calling_professional: "Webex Calling - Professional",
  calling_standard: "Webex Calling - Standard",
  rtt: "Real-Time Translation",
  webinars: "Webex Webinars",
};

interface ReportJob { id: string; templateId: number; startDate: string; endDate: string; regionId: string | null; createdTime: string; polls: number }

const titleOf = (job: ReportJob): string => TEMPLATES.find((t) => t.id === job.templateId)?.title ?? SUBSCRIPTION_DETAILS_TEMPLATE.title;

function error(res: Response, status: number, message: string): void {
  res.status(status).json({ message, errors: [{ description: message }], trackingId: "sandbox-partner" });
}

/** Sends `items[start..start+max)` with a Link to the next page, as Webex pages lists. */
function sendPage<T>(req: Request, res: Response, items: readonly T[], pageSize: number, wrap: (page: T[]) => unknown): void {
  const max = Math.min(Math.max(Number(req.query.max ?? pageSize) || pageSize, 1), pageSize);
  const start = Math.max(Number(req.query.cursor ?? 0) || 0, 0);
  const page = items.slice(start, start + max);
  if (start + max < items.length) {
    const next = new URL(`${req.protocol}://${req.get("host")}${req.originalUrl}`);
    next.searchParams.set("max", String(max));
    next.searchParams.set("cursor", String(start + max));
    res.setHeader("Link", `<${next.toString()}>; rel="next"`);
  }
  res.json(wrap(page));
}

export function partnerApiRouter(options: PartnerApiOptions): Router {
  const { partner } = options;
  const now = options.now ?? (() => new Date());
  const pageSize = options.pageSize ?? 100;
  const jobs = new Map<string, ReportJob>();
  const router = Router();
  router.use(express.json());
  router.use(["/partner", "/licenses"], (req, res, next) => {
    if (req.get("authorization") !== `Bearer ${options.token}`) {
      error(res, 403, "The partner APIs need a partner full or read-only administrator token.");
      return;
    }
    next();
  });

  const tagNames = new Map(partner.tags.map((t) => [t.id, t.name]));
  const tagsOf = (customerId: string): string[] =>
    partner.tagAssignments.filter((a) => a.customerId === customerId).map((a) => tagNames.get(a.tagId)!).filter(Boolean);

  router.get("/partner/organizations", (req, res) => {
    let customers = partner.customers;
    if (typeof req.query.managedBy === "string") {
      const admin = partner.partnerAdmins.find((a) => a.email === req.query.managedBy || String(a.id) === req.query.managedBy);
      const assigned = new Set(partner.adminAssignments.filter((a) => a.adminId === admin?.id).map((a) => a.customerId));
      customers = customers.filter((c) => assigned.has(c.id));
    }
    sendPage(req, res, customers, pageSize, (page) => ({ items: page.map((c) => ({ orgId: c.id, displayName: c.name, role: "id_full_admin" })) }));
  });

  router.get("/licenses", (req, res) => {
    const orgId = req.query.orgId;
    if (typeof orgId !== "string" || !partner.customers.some((c) => c.id === orgId)) {
      error(res, 404, "The organization was not found, or is not managed by this partner.");
      return;
    }
    const subscriptions = new Set(partner.subscriptions.filter((s) => s.customerId === orgId).map((s) => s.id));
    const items = partner.licenseLines.filter((l) => subscriptions.has(l.subscriptionId)).map((l) => ({
      id: Buffer.from(`${l.subscriptionId}/${l.product}`).toString("base64url"),
      name: LICENSE_NAMES[l.product] ?? l.product,
      totalUnits: l.total,
      consumedUnits: l.assigned,
      consumedByUsers: l.assigned,
      consumedByWorkspaces: 0,
      subscriptionId: l.subscriptionId,
    }));
    sendPage(req, res, items, pageSize, (page) => ({ items: page }));
  });

  router.get("/partner/tags", (req, res) => {
    if (req.query.type !== "ORGANIZATION" && req.query.type !== "SUBSCRIPTION") {
      error(res, 400, "type must be ORGANIZATION or SUBSCRIPTION.");
      return;
    }
    res.json({ tags: req.query.type === "ORGANIZATION" ? partner.tags.map((t) => ({ name: t.name, description: "" })) : [] });
  });

  router.get("/partner/tags/organizations", (req, res) => {
    const wanted = new Set(String(req.query.tags ?? "").split(",").map((t) => t.trim().toLowerCase()).filter(Boolean));
    if (wanted.size === 0) {
      error(res, 400, "tags is required.");
      return;
    }
    const items = partner.customers
      .map((c) => ({ orgId: c.id, orgName: c.name, tags: tagsOf(c.id).map((name) => ({ name, description: "" })) }))
      .filter((o) => o.tags.some((t) => wanted.has(t.name.toLowerCase())));
    sendPage(req, res, items, pageSize, (page) => page);
  });

  router.get("/partner/reports/templates", (_req, res) => {
    res.json({ "Template Collection": TEMPLATES });
  });

  router.post("/partner/reports", (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const templateId = Number(body.templateId);
    if (!TEMPLATES.some((t) => t.id === templateId) || typeof body.startDate !== "string" || typeof body.endDate !== "string") {
      error(res, 400, "templateId (a template of this partner), startDate and endDate are required.");
      return;
    }
    const job: ReportJob = {
      id: Buffer.from(`report/${jobs.size + 1}/${now().getTime()}`).toString("base64url"), templateId,
      startDate: body.startDate, endDate: body.endDate, regionId: typeof body.regionId === "string" ? body.regionId : null,
      createdTime: now().toISOString().replace("T", " ").slice(0, 19), polls: 0,
    };
    jobs.set(job.id, job);
    res.json({ reportId: job.id, createdTime: job.createdTime });
  });

  router.get("/partner/reports/:id", (req, res) => {
    const job = jobs.get(req.params.id);
    if (!job) {
      error(res, 404, "The report was not found.");
      return;
    }
    job.polls++;
    const done = job.polls > (options.pollsUntilDone ?? 1);
    const base = `${req.protocol}://${req.get("host")}${req.baseUrl}`;
    res.json({
      reportId: job.id, templateId: job.templateId, title: titleOf(job), service: "Partner",
      startDate: job.startDate, endDate: job.endDate, regionId: job.regionId, createdTime: job.createdTime,
      status: done ? "done" : "inProgress",
      ...(done && { downloadURL: `${base}/partner/reports/${job.id}/download`, downloadUrlExpiryTime: "3600" }),
    });
  });

  router.get("/partner/reports/:id/download", (req, res) => {
    const job = jobs.get(req.params.id);
    if (!job || job.polls <= (options.pollsUntilDone ?? 1)) {
      error(res, 404, "The report is not ready for download.");
      return;
    }
    const at = now();
    const window = { start: new Date(`${job.startDate}T00:00:00Z`), end: new Date(`${job.endDate}T23:59:59Z`), region: job.regionId };
    const csv = job.templateId === CALLING_USAGE_TEMPLATE.id ? callingUsageCsv(partner, window)
      : job.templateId === MEDIA_QUALITY_TEMPLATE.id ? mediaQualityCsv(partner, window)
      : subscriptionDetailsCsv(partner, at, job.regionId);
    const name = `${titleOf(job)}_${job.id.slice(0, 8)}_${at.toISOString().slice(0, 10)}`;
    // Like Webex: a zip without a .zip extension in its name, holding one CSV.
    res.setHeader("Content-Type", "application/zip");
    res.setHeader("Content-Disposition", `attachment; filename="${name}"`);
    res.send(zippedReport(`${name}.csv`, csv));
  });

  return router;
}

// The response shapes sync relies on, as Webex documents them; extra fields are ignored and a
// few documented spellings (templateId vs id, items vs a bare array) are all accepted.
import { z } from "zod";

export const organizationsPage = z.object({
  items: z.array(z.object({ orgId: z.string(), displayName: z.string().optional(), orgName: z.string().optional() })),
});

export const licensesPage = z.object({
  items: z.array(z.object({
    id: z.string(),
    name: z.string(),
    totalUnits: z.number().int().nonnegative().default(0),
    consumedUnits: z.number().int().nonnegative().default(0),
    subscriptionId: z.string().optional(),
  })),
});

export const tagList = z.union([
  z.object({ tags: z.array(z.object({ name: z.string() })) }),
  z.object({ items: z.array(z.object({ name: z.string() })) }).transform((v) => ({ tags: v.items })),
]);

const taggedOrg = z.object({ orgId: z.string(), orgName: z.string().optional(), tags: z.array(z.object({ name: z.string() })).default([]) });
export const taggedOrgsPage = z.union([z.array(taggedOrg), z.object({ items: z.array(taggedOrg) }).transform((v) => v.items)]);

const template = z.object({ id: z.union([z.string(), z.number()]).optional(), templateId: z.union([z.string(), z.number()]).optional(), title: z.string() })
  .transform((t) => ({ id: Number(t.templateId ?? t.id), title: t.title }));
export const templateList = z.union([
  z.object({ "Template Collection": z.array(template) }).transform((v) => v["Template Collection"]),
  z.object({ items: z.array(template) }).transform((v) => v.items),
  z.array(template),
]);

export const createdReport = z.object({ reportId: z.string().optional(), id: z.string().optional() })
  .transform((r, ctx) => r.reportId ?? r.id ?? (ctx.addIssue({ code: "custom", message: "no reportId" }), z.NEVER));

export const reportDetails = z.object({ status: z.string().optional(), downloadURL: z.string().url().optional() });

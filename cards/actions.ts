// Every card button, declared once: its action id and the zod schema of what it carries back.
// Cards build a button's data only through `.data(...)`, and the router's handlers take their
// schema from the same declaration (`defineAction({ action: customerShow, ... })`), so renaming
// or reshaping an action fails the build instead of answering "That button no longer works".
import { z } from "zod";
import { customerFilterSchema, MAX_TAG_CHARACTERS } from "../domain/analytics/filter.js";
import { ANALYTICS_FAMILIES, FAMILY_SELECTIONS } from "../domain/analytics/types.js";

declare const cardActionBrand: unique symbol;

/**
 * What a button carries: `{ action: id, ...inputs }`. Branded (type only) so that a card cannot
 * hand-write an object literal: the only way to get one is an action's `data()`.
 */
export type ActionData = { action: string } & Record<string, unknown> & { readonly [cardActionBrand]: true };

export interface CardAction<Id extends string, Shape extends z.ZodRawShape> {
  id: Id;
  /** What the router parses a click's inputs with (a card can be tampered with: checked again). */
  schema: z.ZodObject<{ action: z.ZodLiteral<Id> } & Shape>;
  /** The button's data, typed by the schema's input. */
  data(inputs: z.input<z.ZodObject<Shape>>): ActionData;
}

const declared = new Map<string, CardAction<string, z.ZodRawShape>>();

export function action<const Id extends string, Shape extends z.ZodRawShape>(id: Id, shape: Shape): CardAction<Id, Shape> {
  if (declared.has(id)) throw new Error(`card action ${id} is declared twice`);
  const schema = z.object({ action: z.literal(id), ...shape }) as unknown as z.ZodObject<{ action: z.ZodLiteral<Id> } & Shape>;
  const declaration: CardAction<Id, Shape> = {
    id,
    schema,
    data: (inputs) => ({ action: id, ...(inputs as object) }) as unknown as ActionData,
  };
  declared.set(id, declaration as unknown as CardAction<string, z.ZodRawShape>);
  return declaration;
}

/** Every declared action id (a test checks each has exactly one handler). */
export const declaredActionIds = (): string[] => [...declared.keys()];

// Values buttons carry, checked like any other input.
/** A customer, subscription or schedule id carried by a card button. */
export const cardId = z.string().min(1).max(200);
export const cardPage = z.number().int().min(1).max(10_000);
export const tagWord = z.string().trim().min(1, { message: "commandArg.tag" }).max(MAX_TAG_CHARACTERS, { message: "commandArg.tag" })
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { message: "commandArg.tag" });

export const SECTION_KINDS = ["expire", "renew", "recent", "low", "over"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
export const CALLING_VIEWS = ["usage", "quality", "features"] as const;
export type CallingView = (typeof CALLING_VIEWS)[number];
/** A section or KPI strip of one family, or both summed (a partner selling both). */
export const FAMILY_CHOICES = FAMILY_SELECTIONS;
export type FamilyChoice = (typeof FAMILY_CHOICES)[number];
/** The task groups of `help`. */
export const HELP_GROUPS = ["customers", "renewals", "calling", "reports", "settings"] as const;
export type HelpGroup = (typeof HELP_GROUPS)[number];

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).transform((d) => new Date(`${d}T00:00:00Z`)).refine((d) => !Number.isNaN(d.getTime()));

export const helpShow = action("help.show", { command: z.string().max(40).optional(), group: z.enum(HELP_GROUPS).optional() });
/** A typo's suggestion: runs the command it most likely meant, without arguments. */
export const commandRun = action("command.run", { command: z.string().min(1).max(40) });
export const customersPage = action("customers.page", { filter: customerFilterSchema, page: cardPage });
export const customerShow = action("customer.show", { customerId: cardId });
export const subscriptionShow = action("subscription.show", { subscriptionId: cardId });
export const kpisShow = action("kpis.show", { family: z.enum(FAMILY_CHOICES), filter: customerFilterSchema });
export const sectionPage = action("section.page", {
  section: z.enum(SECTION_KINDS),
  family: z.enum(FAMILY_CHOICES),
  days: z.number().int().min(1).max(365),
  filter: customerFilterSchema,
  page: cardPage,
});
/** The rest of a section as a CSV file: the report of the same question. */
export const sectionCsv = action("section.csv", {
  section: z.enum(SECTION_KINDS),
  family: z.enum(FAMILY_CHOICES),
  days: z.number().int().min(1).max(365),
  filter: customerFilterSchema,
});
/** The rest of the customer list as a CSV file. */
export const customersCsv = action("customers.csv", { filter: customerFilterSchema });
export const callingShow = action("calling.show", {
  view: z.enum(CALLING_VIEWS),
  filter: customerFilterSchema,
  page: cardPage,
  customerId: cardId.optional(),
});
export const queuesPage = action("queues.page", { week: isoDay, filter: customerFilterSchema, page: cardPage });
export const queuesCustomer = action("queues.customer", { customerId: cardId });
export const trendShow = action("trend.show", { family: z.enum(ANALYTICS_FAMILIES), filter: customerFilterSchema, customerId: cardId.optional() });
export const trialsPage = action("trials.page", { filter: customerFilterSchema, page: cardPage });
export const tagsPage = action("tags.page", { page: cardPage });
export const tagChange = action("tag.change", { mode: z.enum(["assign", "remove"]), customerId: cardId, tag: tagWord });
export const adminsPage = action("admins.page", { page: cardPage });
export const adminsCustomer = action("admins.customer", { customerId: cardId });
/** Stop a schedule: first click asks, the confirmation ends it (role-checked like `unschedule`). */
export const scheduleStop = action("schedule.stop", { scheduleId: z.string().regex(/^[a-z0-9]{1,20}$/), confirmed: z.boolean().optional() });

// What a picture shows, as plain data: the card builders fill it (every word from the catalogue,
// dates already formatted for the space), the chart renderer draws it. It crosses to the
// rendering worker, so it is checked with zod there.
import { z } from "zod";
import { LANGUAGES, type Language } from "../../domain/i18n/catalogue.js";

export const chartSpecSchema = z.strictObject({
  /** Lines over weeks, or bars over categories (endpoint types, features). */
  kind: z.enum(["line", "bar"]),
  title: z.string().min(1).max(200),
  categories: z.array(z.string().max(80)).min(1).max(24),
  series: z.array(z.strictObject({ name: z.string().min(1).max(80), values: z.array(z.number().finite().nullable()) })).min(1).max(4),
  /** How a value reads: the catalogue's pattern with {value}, e.g. "{value} %"; counts read bare. */
  valuePattern: z.string().includes("{value}").max(40),
  language: z.enum(LANGUAGES as [Language, ...Language[]]),
  /** The picture's file name and the sentence of the message that carries it. */
  fileName: z.string().regex(/^[\w.-]{1,80}\.png$/),
  caption: z.string().min(1).max(400),
}).refine((spec) => spec.series.every((s) => s.values.length === spec.categories.length), { message: "every series needs one value per category" });

export type ChartSpec = z.infer<typeof chartSpecSchema>;

/** The picture size: readable on a phone, Webex previews it inline. */
export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 450;

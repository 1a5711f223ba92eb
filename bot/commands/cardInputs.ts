// Values that card buttons carry back, checked like any other input (a card can be tampered with).
import { z } from "zod";

/** A customer or subscription id carried by a card button. */
export const cardId = z.string().min(1).max(200);

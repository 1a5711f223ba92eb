// The card actions `today` and `changes` submit, declared once (cards/actions.ts's `action`):
// the cards build their buttons from these, the handlers in bot/commands/today.ts take the
// same schemas.
import { z } from "zod";
import { action, cardPage, customerShow, type ActionData } from "./actions.js";
import { MAX_CHANGE_DAYS } from "../domain/attention/changes.js";

export const todayPage = action("today.page", { page: cardPage });
export const changesPage = action("changes.page", { days: z.number().int().min(1).max(MAX_CHANGE_DAYS), page: cardPage });

export const openCustomer = (customerId: string): ActionData => customerShow.data({ customerId });
export const todayPageAction = (page: number): ActionData => todayPage.data({ page });
export const changesPageAction = (days: number, page: number): ActionData => changesPage.data({ days, page });

// The Both · Meetings · Calling toggle of `kpis`, `expiring` and `renewing` for a partner that
// sells both families: a row of buttons under the title, the one shown marked. A partner selling
// one family gets no toggle (the cards stay as they were).
import type { Translate } from "../domain/i18n/catalogue.js";
import { submitAction, type CardElement } from "./elements.js";
import type { ActionData, FamilyChoice } from "./actions.js";

export interface FamilyToggle {
  /** The choices offered, in button order (both first). */
  choices: readonly FamilyChoice[];
  /** The same question asked for another choice. */
  data: (family: FamilyChoice) => ActionData;
}

export function familyToggleRow(current: FamilyChoice, toggle: FamilyToggle, t: Translate): CardElement {
  return {
    type: "ActionSet",
    spacing: "Small",
    actions: toggle.choices.map((choice) => ({
      ...submitAction(t(`family.toggle.${choice}`), toggle.data(choice)),
      ...(choice === current ? { style: "positive" } : {}),
    })),
  };
}

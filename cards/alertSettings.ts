// The `alerts` answer: a space's alert settings and when the next scan runs.
import type { Language, Translate } from "../domain/i18n/catalogue.js";
import { formatDateTime } from "./format.js";
import type { AlertSettings } from "../domain/alerts/settings.js";
import { adaptiveCard, factSet, heading, subtle, type CardReply } from "./elements.js";

export interface AlertSettingsView { settings: AlertSettings; next: Date; changed: boolean }

export function alertSettingsCard(view: AlertSettingsView, t: Translate, language: Language): CardReply {
  const { settings } = view;
  // Switched on but with nobody to scope them to (a direct space before its admin said alerts on),
  // alerts do not run yet: the card says Off, with the note on how to start them.
  const live = settings.enabled && settings.hasAudience;
  const state = t(live ? "alerts.settings.on" : "alerts.settings.off");
  const params = { state: t(live ? "alerts.state.on" : "alerts.state.off"), time: settings.time, timeZone: settings.timeZone, thresholds: settings.thresholds.join(", ") };
  const body = [
    heading(t("alerts.settings.title")),
    factSet([
      [t("alerts.settings.state"), state],
      [t("alerts.settings.thresholds"), params.thresholds],
      [t("alerts.settings.time"), `${settings.time} (${settings.timeZone})`],
      ...(live ? [[t("alerts.settings.next"), formatDateTime(view.next, { language, timeZone: settings.timeZone })] as const] : []),
    ]),
    ...(settings.hasAudience ? [] : [subtle(t("alerts.settings.noAudience"))]),
  ];
  return { text: t(view.changed ? "alerts.changed" : "alerts.settings.text", params), card: adaptiveCard(body) };
}

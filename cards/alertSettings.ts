// The `alerts` answer: a space's alert settings and when the next scan runs.
import type { Translate } from "../domain/i18n/catalogue.js";
import type { AlertSettings } from "../domain/alerts/settings.js";
import { adaptiveCard, factSet, heading, subtle, type CardReply } from "./elements.js";

export interface AlertSettingsView { settings: AlertSettings; next: string; changed: boolean }

export function alertSettingsCard(view: AlertSettingsView, t: Translate): CardReply {
  const { settings } = view;
  const state = t(settings.enabled ? "alerts.settings.on" : "alerts.settings.off");
  const params = { state: t(settings.enabled ? "alerts.state.on" : "alerts.state.off"), time: settings.time, timeZone: settings.timeZone, thresholds: settings.thresholds.join(", ") };
  const body = [
    heading(t("alerts.settings.title")),
    factSet([
      [t("alerts.settings.state"), state],
      [t("alerts.settings.thresholds"), params.thresholds],
      [t("alerts.settings.time"), `${settings.time} (${settings.timeZone})`],
      ...(settings.enabled ? [[t("alerts.settings.next"), view.next] as const] : []),
    ]),
    ...(settings.hasAudience ? [] : [subtle(t("alerts.settings.noAudience"))]),
  ];
  return { text: t(view.changed ? "alerts.changed" : "alerts.settings.text", params), card: adaptiveCard(body) };
}

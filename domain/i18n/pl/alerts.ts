// Polish: proactive alerts and the `alerts` command. Counts are written as "label: {count}"
// so that no Polish plural form has to agree with a number.
import type { Catalogue } from "../types.js";

export const plAlerts = {
  "help.summary.alerts": "Wyświetla lub zmienia alerty o wygasaniu w tym obszarze: alerts on|off, alerts thresholds 60,14,3, alerts time 09:00 Europe/Madrid.",
  "alerts.card.title": "Alerty partnera z dnia {date}",
  "alerts.card.expiringHeading": "Wygasa wkrótce ({count})",
  "alerts.card.expiringRow": "{customer}: {kind} {subscription} kończy się {date}, liczba dni do końca: {days} (ostrzeżenie na {threshold} dni przed końcem).",
  "alerts.card.overageHeading": "Nowe przekroczenia limitu licencji ({count})",
  "alerts.card.overageRow": "{customer}: subskrypcja {subscription} wykorzystuje więcej licencji, niż zakupiono (nadwyżka: {overage}).",
  "alerts.card.suspendedHeading": "Nowo zawieszeni klienci ({count})",
  "alerts.card.suspendedRow": "{customer} ({region}) ma zawieszoną subskrypcję.",
  "alerts.card.more": "Oraz pozostałe ({count}): napisz report expiring lub report overage, aby zobaczyć pełną listę.",
  "alerts.card.missedNote": "Bot był offline w czasie wcześniejszych alertów (liczba: {count}); ta karta obejmuje wszystko od ostatniego z nich.",
  "alerts.kind.subscription": "subskrypcja",
  "alerts.kind.trial": "wersja próbna",
  "alerts.text": "Alerty partnera: wygasa wkrótce: {expiring}, nowe przekroczenia limitu licencji: {overages}, nowo zawieszone: {suspended}.",
  "alerts.settings.title": "Alerty w tym obszarze",
  "alerts.settings.state": "Stan",
  "alerts.settings.on": "Włączone",
  "alerts.settings.off": "Wyłączone",
  "alerts.state.on": "włączone",
  "alerts.state.off": "wyłączone",
  "alerts.settings.thresholds": "Ostrzegaj przed końcem (dni)",
  "alerts.settings.time": "Codziennie o",
  "alerts.settings.next": "Następne sprawdzenie",
  "alerts.settings.noAudience": "To jest obszar bezpośredni: alerty zaczną się tutaj, gdy napiszesz alerts on.",
  "alerts.settings.text": "Alerty są {state}: codziennie o {time} ({timeZone}), z ostrzeżeniem na {thresholds} dni przed końcem subskrypcji lub wersji próbnej.",
  "alerts.changed": "Gotowe. Alerty są {state}: codziennie o {time} ({timeZone}), z ostrzeżeniem na {thresholds} dni przed końcem subskrypcji lub wersji próbnej.",
} satisfies Partial<Catalogue>;

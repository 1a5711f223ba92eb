// German: report imports, syncs and the imports command. Report names follow seeds/004
// (Bericht „Abonnementdetails“, "Bericht über Anrufnutzungsdetails").
import type { Catalogue } from "../types.js";

export const deImport = {
  "import.kind.subscription-details": "Abonnementdetails",
  "import.kind.calling-usage": "Anrufnutzungsdetails",
  "import.kind.call-queue-stats": "Anrufwarteschlangenstatistik",
  "import.kind.call-history": "Detaillierter Anrufverlauf",
  "import.kind.sync": "Synchronisierung über die Partner-API",

  "import.source.space": "Webex-Bereich",
  "import.source.cli": "Befehlszeile",
  "import.source.sync": "Synchronisierung",

  "import.done.title": "Import abgeschlossen: {fileName}",
  "import.done.summary": "{rows} Zeilen aus dem Bericht {kind} gelesen.",
  "import.done.reportDate": "Der Bericht wurde am {date} berechnet.",
  "import.done.noReportDate": "Der Bericht gibt nicht an, wann er berechnet wurde.",
  "import.done.nothingChanged": "Nichts geändert: Der Speicher enthielt bereits alles aus dieser Datei.",
  "import.counts.header.what": "Was",
  "import.counts.header.created": "Erstellt",
  "import.counts.header.updated": "Aktualisiert",
  "import.counts.header.unchanged": "Unverändert",
  "import.counts.customers": "Kunden",
  "import.counts.subscriptions": "Abonnements",
  "import.counts.records": "Berichtsdatensätze",
  "import.counts.line": "{what}: {created} erstellt, {updated} aktualisiert, {unchanged} unverändert.",

  "import.failed.title": "Aus {fileName} wurde nichts importiert",
  "import.failed.nothingWritten": "Der Speicher ist unverändert. Korrigieren Sie die Datei und hängen Sie sie erneut an.",
  "import.refused.empty": "Die Datei ist leer. Exportieren Sie den Bericht erneut aus Partner Hub und hängen Sie die neue Datei an.",
  "import.refused.tooLarge": "Die Datei ist {size} MB groß und überschreitet das Limit von {limit} MB. Exportieren Sie einen kürzeren Zeitraum oder weniger Kunden, oder bitten Sie den Betreiber, IMPORT_MAX_MB zu erhöhen.",
  "import.refused.notUtf8": "Die Datei ist kein UTF-8-Text. Hängen Sie die CSV-Datei genau so an, wie Partner Hub sie exportiert hat, ohne sie in einer Tabellenkalkulation mit anderer Kodierung zu speichern.",
  "import.refused.zipUnreadable": "Die ZIP-Datei konnte nicht geöffnet werden. Laden Sie den Bericht erneut herunter und hängen Sie ihn unverändert an.",
  "import.refused.zipEmpty": "Die ZIP-Datei enthält keine CSV-Datei. Hängen Sie die ZIP-Datei an, die die Partner Reports API erzeugt hat, oder die CSV-Datei selbst.",
  "import.refused.zipSeveral": "Die ZIP-Datei enthält {count} Dateien ({names}); sie muss genau einen CSV-Bericht enthalten. Hängen Sie jeden Bericht einzeln an.",
  "import.refused.unknownKind": "Diesen Bericht kann der Bot nicht importieren (seine ersten Spalten sind: {headers}). Hängen Sie einen Bericht Abonnementdetails, Anrufnutzungsdetails, Anrufwarteschlangenstatistik oder Detaillierter Anrufverlauf an.",
  "import.refused.wrongKind": "Sie wollten einen Bericht {wanted} importieren, aber diese Datei ist ein Bericht {found}. Importieren Sie ihn ohne Angabe der Art oder hängen Sie die richtige Datei an.",
  "import.refused.noRows": "Die Datei hat eine Kopfzeile, aber keine Datenzeilen. Prüfen Sie den Zeitraum des Berichts und exportieren Sie ihn erneut.",
  "import.refused.invalidRows": "{count} Werte in der Datei sind ungültig. Korrigieren Sie sie und hängen Sie die Datei erneut an.",
  "import.problem": "Zeile {line}, Spalte „{column}“: „{value}“ ist nicht {expected}.",
  "import.problems.more": "…und {count} weitere Probleme.",

  "import.expected.required": "zulässig: Das Feld darf nicht leer sein",
  "import.expected.wholeNumber": "eine ganze Zahl wie 12",
  "import.expected.number": "eine Zahl wie 12.5 oder 12,5",
  "import.expected.date": "ein Datum wie 2026-03-31",
  "import.expected.yesNo": "ja oder nein",
  "import.expected.subscriptionStatus": "ein Abonnement-Status (Aktiv oder Abgelaufen)",
  "import.expected.orgId": "eine Organisations-ID wie 6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01",
  "import.expected.knownCustomer": "ein Kunde, den der Bot kennt; importieren Sie zuerst den Bericht Abonnementdetails",
  "import.expected.duration": "eine Dauer in Sekunden oder als hh:mm:ss",

  "imports.title": "Letzte Importe und Synchronisierungen",
  "imports.empty": "Es wurde noch nichts importiert. Hängen Sie eine Partner Hub-Berichts-CSV an eine Nachricht an den Bot an.",
  "imports.entry": "{when}: {kind} aus {source} von {actor}, {rows} Zeilen ({file}).",
  "imports.entry.counts": "Abonnements: {created} erstellt, {updated} aktualisiert, {unchanged} unverändert; Kunden: {customersCreated} erstellt.",
  "imports.header.when": "Wann",
  "imports.header.what": "Bericht",
  "imports.header.who": "Wer",
  "imports.header.rows": "Zeilen",

} satisfies Partial<Catalogue>;

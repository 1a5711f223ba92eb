// German: a running import's status message and the streaming reader's refusals.
import type { Catalogue } from "../types.js";

export const deImportRun = {
  "import.progress.waiting": "{fileName} wird importiert, sobald der laufende Import abgeschlossen ist.",
  "import.progress.started": "{fileName} wird importiert…",
  "import.progress.reading": "Bericht {kind} wird importiert… {rows} von ~{total} Zeilen",
  "import.progress.saving": "Bericht {kind} wird importiert… alle {rows} Zeilen sind gültig; sie werden gespeichert.",
  "import.refused.badCsv": "Zeile {line} ist kein gültiges CSV: Ein Wert in Anführungszeichen endet nicht, oder nach dem schließenden Anführungszeichen folgt Text. Exportieren Sie den Bericht erneut oder speichern Sie ihn in Ihrer Tabellenkalkulation als CSV, und hängen Sie ihn an.",
  "import.refused.zipSuspicious": "Die Datei {name} im ZIP wird entpackt mehr als {ratio}-mal so groß wie gepackt, was kein Bericht tut, daher wurde sie nicht entpackt. Hängen Sie die CSV-Datei selbst an oder das ZIP genau so, wie Partner Hub es erzeugt hat.",
  "import.refused.stopped": "Der Import wurde vor dem Ende abgebrochen. Hängen Sie die Datei erneut an; wenn er wieder abbricht, wenden Sie sich an den Betreiber.",
} satisfies Partial<Catalogue>;

// Polish: a running import's status message and the streaming reader's refusals.
import type { Catalogue } from "../types.js";

export const plImportRun = {
  "import.progress.waiting": "Plik {fileName} zostanie zaimportowany, gdy tylko zakończy się trwający import.",
  "import.progress.started": "Importowanie pliku {fileName}…",
  "import.progress.reading": "Importowanie raportu {kind}… {rows} z ~{total} wierszy",
  "import.progress.saving": "Importowanie raportu {kind}… wszystkie wiersze ({rows}) są poprawne; trwa zapisywanie.",
  "import.refused.badCsv": "Wiersz {line} nie jest poprawnym CSV: wartość w cudzysłowie się nie kończy albo po cudzysłowie zamykającym jest tekst. Wyeksportuj raport ponownie lub zapisz go z arkusza kalkulacyjnego jako CSV i załącz go.",
  "import.refused.zipSuspicious": "Plik {name} w archiwum zip po rozpakowaniu jest ponad {ratio} razy większy niż po spakowaniu, czego żaden raport nie robi, więc nie został rozpakowany. Załącz sam plik CSV albo plik zip dokładnie taki, jaki utworzył Partner Hub.",
  "import.refused.stopped": "Import zatrzymał się przed zakończeniem. Załącz plik ponownie; jeśli znów się zatrzyma, powiadom operatora.",
} satisfies Partial<Catalogue>;

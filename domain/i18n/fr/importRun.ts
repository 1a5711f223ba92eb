// French: a running import's status message and the streaming reader's refusals.
import type { Catalogue } from "../types.js";

export const frImportRun = {
  "import.progress.waiting": "{fileName} sera importé dès que l'importation en cours sera terminée.",
  "import.progress.started": "Importation de {fileName}…",
  "import.progress.reading": "Importation du rapport {kind}… {rows} sur ~{total} lignes",
  "import.progress.saving": "Importation du rapport {kind}… les {rows} lignes sont valides ; enregistrement en cours.",
  "import.refused.badCsv": "La ligne {line} n'est pas du CSV valide : une valeur entre guillemets ne se termine pas, ou du texte suit le guillemet fermant. Exportez à nouveau le rapport, ou enregistrez-le au format CSV depuis votre tableur, puis joignez-le.",
  "import.refused.zipSuspicious": "Le fichier {name} du zip occupe une fois décompressé plus de {ratio} fois sa taille compressée, ce qu'aucun rapport ne fait ; il n'a donc pas été décompressé. Joignez le CSV lui-même, ou le zip tel que Partner Hub l'a produit.",
  "import.refused.stopped": "L'importation s'est arrêtée avant la fin. Joignez à nouveau le fichier ; si elle s'arrête encore, prévenez l'opérateur.",
} satisfies Partial<Catalogue>;

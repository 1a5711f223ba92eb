// Spanish: a running import's status message and the streaming reader's refusals.
import type { Catalogue } from "../types.js";

export const esImportRun = {
  "import.progress.waiting": "{fileName} se importará en cuanto termine la importación en curso.",
  "import.progress.started": "Importando {fileName}…",
  "import.progress.reading": "Importando {kind}… {rows} de ~{total} filas",
  "import.progress.saving": "Importando {kind}… las {rows} filas son válidas; guardándolas.",
  "import.refused.badCsv": "La línea {line} no es CSV válido: un valor entre comillas no termina o hay texto después de las comillas de cierre. Vuelva a exportar el informe, o guárdelo como CSV desde su hoja de cálculo, y adjúntelo.",
  "import.refused.zipSuspicious": "El archivo {name} del zip ocupa al descomprimirse más de {ratio} veces su tamaño comprimido, algo que ningún informe hace, así que no se ha descomprimido. Adjunte el CSV o el zip tal como lo generó Partner Hub.",
  "import.refused.stopped": "La importación se detuvo antes de terminar. Vuelva a adjuntar el archivo; si se detiene otra vez, avise al operador.",
} satisfies Partial<Catalogue>;

// Portuguese: a running import's status message and the streaming reader's refusals.
import type { Catalogue } from "../types.js";

export const ptImportRun = {
  "import.progress.waiting": "{fileName} será importado assim que a importação em andamento terminar.",
  "import.progress.started": "Importando {fileName}…",
  "import.progress.reading": "Importando {kind}… {rows} de ~{total} linhas",
  "import.progress.saving": "Importando {kind}… as {rows} linhas são válidas; salvando.",
  "import.refused.badCsv": "A linha {line} não é CSV válido: um valor entre aspas não termina ou há texto depois das aspas de fechamento. Exporte o relatório novamente, ou salve-o como CSV na sua planilha, e anexe-o.",
  "import.refused.zipSuspicious": "O arquivo {name} no zip ocupa, descompactado, mais de {ratio} vezes o seu tamanho compactado, o que nenhum relatório faz, por isso não foi descompactado. Anexe o próprio CSV, ou o zip exatamente como o Partner Hub o gerou.",
  "import.refused.stopped": "A importação parou antes de terminar. Anexe o arquivo novamente; se parar de novo, avise o operador.",
} satisfies Partial<Catalogue>;

// Portuguese: report imports, syncs and the imports command. Report names follow seeds/003
// ("Relatório de detalhes de uso de chamadas", "Fila de chamadas").
import type { Catalogue } from "../types.js";

export const ptImport = {
  "import.kind.subscription-details": "Detalhes da assinatura",
  "import.kind.calling-usage": "Detalhes de uso de chamadas",
  "import.kind.call-queue-stats": "Estatísticas da fila de chamadas",
  "import.kind.call-history": "Histórico detalhado de chamadas",
  "import.kind.sync": "Sincronização com a API de parceiros",

  "import.source.space": "Espaço do Webex",
  "import.source.cli": "Linha de comando",
  "import.source.sync": "Sincronização",

  "import.done.title": "Importação concluída: {fileName}",
  "import.done.summary": "{rows} linhas lidas do relatório {kind}.",
  "import.done.reportDate": "O relatório foi calculado em {date}.",
  "import.done.noReportDate": "O relatório não informa quando foi calculado.",
  "import.done.nothingChanged": "Nada mudou: o armazenamento já continha tudo o que há neste arquivo.",
  "import.counts.header.what": "O quê",
  "import.counts.header.created": "Criados",
  "import.counts.header.updated": "Atualizados",
  "import.counts.header.unchanged": "Inalterados",
  "import.counts.customers": "Clientes",
  "import.counts.subscriptions": "Assinaturas",
  "import.counts.records": "Registros do relatório",
  "import.counts.line": "{what}: {created} criados, {updated} atualizados, {unchanged} inalterados.",

  "import.failed.title": "Nada foi importado de {fileName}",
  "import.failed.nothingWritten": "O armazenamento não foi alterado. Corrija o arquivo e anexe-o novamente.",
  "import.refused.empty": "O arquivo está vazio. Exporte o relatório novamente no Partner Hub e anexe o novo arquivo.",
  "import.refused.tooLarge": "O arquivo tem {size} MB, acima do limite de {limit} MB. Exporte um período menor ou menos clientes, ou peça ao operador para aumentar IMPORT_MAX_MB.",
  "import.refused.notUtf8": "O arquivo não é texto UTF-8. Anexe o CSV exatamente como o Partner Hub o exportou, sem salvá-lo em uma planilha com outra codificação.",
  "import.refused.zipUnreadable": "Não foi possível abrir o arquivo zip. Baixe o relatório novamente e anexe-o sem alterações.",
  "import.refused.zipEmpty": "O arquivo zip não contém nenhum arquivo CSV. Anexe o zip gerado pela API de relatórios de parceiros, ou o próprio CSV.",
  "import.refused.zipSeveral": "O arquivo zip contém {count} arquivos ({names}); ele deve conter exatamente um relatório CSV. Anexe cada relatório separadamente.",
  "import.refused.unknownKind": "Este não é um relatório que o bot consegue importar (as primeiras colunas são: {headers}). Anexe um relatório de Detalhes da assinatura, Detalhes de uso de chamadas, Estatísticas da fila de chamadas ou Histórico detalhado de chamadas.",
  "import.refused.wrongKind": "Você pediu para importar um relatório {wanted}, mas este arquivo é um relatório {found}. Importe-o sem indicar o tipo ou anexe o arquivo correto.",
  "import.refused.noRows": "O arquivo tem uma linha de cabeçalho, mas nenhuma linha de dados. Verifique o período do relatório e exporte-o novamente.",
  "import.refused.invalidRows": "{count} valores do arquivo não são válidos. Corrija-os e anexe o arquivo novamente.",
  "import.problem": "Linha {line}, coluna \"{column}\": \"{value}\" não é {expected}.",
  "import.problems.more": "…e mais {count} problemas.",

  "import.expected.required": "um valor aceito: o campo não pode ficar vazio",
  "import.expected.wholeNumber": "um número inteiro como 12",
  "import.expected.number": "um número como 12.5 ou 12,5",
  "import.expected.date": "uma data como 2026-03-31",
  "import.expected.yesNo": "sim ou não",
  "import.expected.subscriptionStatus": "um status de assinatura (Ativo ou Expirado)",
  "import.expected.orgId": "um ID de organização como 6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01",
  "import.expected.knownCustomer": "um cliente que o bot conhece; importe primeiro o relatório de Detalhes da assinatura",
  "import.expected.duration": "uma duração em segundos ou no formato hh:mm:ss",

  "imports.title": "Importações e sincronizações recentes",
  "imports.empty": "Nada foi importado ainda. Anexe um CSV de relatório do Partner Hub a uma mensagem para o bot.",
  "imports.entry": "{when}: {kind} de {source} por {actor}, {rows} linhas ({file}).",
  "imports.entry.counts": "Assinaturas: {created} criadas, {updated} atualizadas, {unchanged} inalteradas; clientes: {customersCreated} criados.",
  "imports.header.when": "Quando",
  "imports.header.what": "Relatório",
  "imports.header.who": "Quem",
  "imports.header.rows": "Linhas",

} satisfies Partial<Catalogue>;

// French: report imports, syncs and the imports command. Report names follow seeds/002
// ("Rapport sur les détails de l'abonnement", "Rapport détaillé sur l'utilisation des appels").
import type { Catalogue } from "../types.js";

export const frImport = {
  "import.kind.subscription-details": "Détails de l'abonnement",
  "import.kind.calling-usage": "Utilisation détaillée des appels",
  "import.kind.call-queue-stats": "Statistiques des files d'attente d'appels",
  "import.kind.call-history": "Historique détaillé des appels",
  "import.kind.sync": "Synchronisation avec l'API partenaire",

  "import.source.space": "Espace Webex",
  "import.source.cli": "Ligne de commande",
  "import.source.sync": "Synchronisation",

  "import.done.title": "Importation terminée : {fileName}",
  "import.done.summary": "{rows} lignes lues dans le rapport {kind}.",
  "import.done.reportDate": "Le rapport a été calculé le {date}.",
  "import.done.noReportDate": "Le rapport n'indique pas quand il a été calculé.",
  "import.done.nothingChanged": "Rien n'a changé : la base contenait déjà tout le contenu de ce fichier.",
  "import.counts.header.what": "Quoi",
  "import.counts.header.created": "Créés",
  "import.counts.header.updated": "Mis à jour",
  "import.counts.header.unchanged": "Inchangés",
  "import.counts.customers": "Clients",
  "import.counts.subscriptions": "Abonnements",
  "import.counts.records": "Enregistrements du rapport",
  "import.counts.line": "{what} : {created} créés, {updated} mis à jour, {unchanged} inchangés.",

  "import.failed.title": "Rien n'a été importé depuis {fileName}",
  "import.failed.nothingWritten": "La base n'a pas changé. Corrigez le fichier et joignez-le à nouveau.",
  "import.refused.empty": "Le fichier est vide. Exportez à nouveau le rapport depuis Partner Hub et joignez le nouveau fichier.",
  "import.refused.tooLarge": "Le fichier fait {size} Mo, au-delà de la limite de {limit} Mo. Exportez une période plus courte ou moins de clients, ou demandez à l'opérateur d'augmenter IMPORT_MAX_MB.",
  "import.refused.notUtf8": "Le fichier n'est pas du texte UTF-8. Joignez le CSV tel que Partner Hub l'a exporté, sans l'enregistrer depuis un tableur dans un autre encodage.",
  "import.refused.zipUnreadable": "Le fichier zip n'a pas pu être ouvert. Téléchargez à nouveau le rapport et joignez-le sans le modifier.",
  "import.refused.zipEmpty": "Le fichier zip ne contient aucun fichier CSV. Joignez le zip produit par l'API des rapports partenaires, ou le CSV lui-même.",
  "import.refused.zipSeveral": "Le fichier zip contient {count} fichiers ({names}) ; il doit contenir exactement un rapport CSV. Joignez chaque rapport séparément.",
  "import.refused.unknownKind": "Ce rapport ne peut pas être importé par le bot (ses premières colonnes sont : {headers}). Joignez un rapport Détails de l'abonnement, Utilisation détaillée des appels, Statistiques des files d'attente d'appels ou Historique détaillé des appels.",
  "import.refused.wrongKind": "Vous avez demandé l'importation d'un rapport {wanted}, mais ce fichier est un rapport {found}. Importez-le sans préciser de type ou joignez le bon fichier.",
  "import.refused.noRows": "Le fichier a une ligne d'en-tête mais aucune ligne de données. Vérifiez la période du rapport et exportez-le à nouveau.",
  "import.refused.invalidRows": "{count} valeurs du fichier ne sont pas valides. Corrigez-les et joignez à nouveau le fichier.",
  "import.problem": "Ligne {line}, colonne « {column} » : « {value} » n'est pas {expected}.",
  "import.problems.more": "…et {count} autres problèmes.",

  "import.expected.required": "une valeur acceptée : ce champ ne peut pas être vide",
  "import.expected.wholeNumber": "un nombre entier tel que 12",
  "import.expected.number": "un nombre tel que 12.5 ou 12,5",
  "import.expected.date": "une date telle que 2026-03-31",
  "import.expected.yesNo": "oui ou non",
  "import.expected.subscriptionStatus": "un statut d'abonnement (Actif ou Expiré)",
  "import.expected.orgId": "un identifiant d'organisation tel que 6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01",
  "import.expected.knownCustomer": "un client connu du bot ; importez d'abord le rapport Détails de l'abonnement",
  "import.expected.duration": "une durée en secondes ou au format hh:mm:ss",

  "imports.title": "Importations et synchronisations récentes",
  "imports.empty": "Rien n'a encore été importé. Joignez un CSV de rapport Partner Hub à un message adressé au bot.",
  "imports.entry": "{when} : {kind} depuis {source} par {actor}, {rows} lignes ({file}).",
  "imports.entry.counts": "Abonnements : {created} créés, {updated} mis à jour, {unchanged} inchangés ; clients : {customersCreated} créés.",
  "imports.header.when": "Quand",
  "imports.header.what": "Rapport",
  "imports.header.who": "Qui",
  "imports.header.rows": "Lignes",

} satisfies Partial<Catalogue>;

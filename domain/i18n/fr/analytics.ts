// French analytics labels: KPIs and sections as named in seeds/002 ("Indicateurs clés de
// performance (KPIs)", "Analyses des files d'attente d'appels"); filters as in "Filtres".
import type { Catalogue } from "../types.js";

export const frAnalytics = {
  "analytics.filter.invalid": "Le filtre « {field} » n'est pas valide ({problem}). {hint}",
  "analytics.filter.region": "Utilisez l'une des régions US, CA, UE ou UAE.",
  "analytics.filter.managedBy": "Utilisez « partner » pour les clients de votre organisation partenaire ou « external » pour les clients que vous gérez en tant qu'administrateur externe.",
  "analytics.filter.product": "Utilisez une famille de produits (meetings, calling) ou un produit tel que calling_professional.",
  "analytics.filter.status": "Utilisez des statuts tels que trial, expiringSoon, licenseOverage, suspended ou expired.",
  "analytics.filter.subscriptionType": "Utilisez « subscription » ou « trial ».",
  "analytics.filter.tags": "Indiquez un ou plusieurs noms de balise, et « any » ou « all ».",
  "analytics.filter.page": "Les pages commencent à 1 et contiennent au plus 100 lignes.",
  "analytics.filter.other": "Vérifiez la valeur et réessayez.",

  "analytics.kpi.totalCustomers": "Nombre total de clients",
  "analytics.kpi.nearingExpiration": "Proche de l'expiration",
  "analytics.kpi.nearingRenewal": "Bientôt renouvelés",
  "analytics.kpi.lowAssignment": "Faible attribution de licences",
  "analytics.kpi.overLimit": "Dépassement de la limite de licences",

  "analytics.section.recentlyAdded": "Clients ajoutés récemment (au cours des {days} derniers jours)",
  "analytics.section.aboutToExpire": "Expiration imminente dans les {days} prochains jours",
  "analytics.section.aboutToRenew": "Renouvellement imminent dans les {days} prochains jours",
  "analytics.section.lowAssignment": "Faible attribution de licences",
  "analytics.section.overLimit": "Clients dépassant la limite de licence",

  "analytics.callQueue.weightedNote": "Les moyennes de l'ensemble du partenaire sont pondérées par le nombre d'appels de chaque client.",
  "analytics.callQueue.week": "Files d'attente d'appels de la semaine du {week}",
} satisfies Partial<Catalogue>;

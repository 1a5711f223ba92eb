// French: the customer list and paging.
import type { Catalogue } from "../types.js";

export const frCustomers = {
  "customers.title": "Clients ({total})",
  "customers.none": "Aucun client ne correspond à cette demande.",
  "customers.noStatus": "Aucun statut",
  "customers.pageOf": "Page {page} sur {pageCount}. Cliquez sur un client pour afficher les détails.",
  "customers.textRow": "{name} ({region}) : {statuses}",
  "customers.def.statuses": "Abonnement : le client a un abonnement actif. Essai : un essai est en cours. Expiration prochaine : un abonnement ou un essai sans renouvellement automatique se termine dans {expiringDays} jours ou moins. Aucune activité récente : aucun administrateur du client ne s'est connecté à Control Hub au cours des {inactivityDays} derniers jours. Expiré : aucun abonnement ni essai n'est en vigueur, et aucun n'est suspendu ni prêt pour la configuration de la commande.",
  "help.summary.customers": "Affiche vos clients avec leurs statuts ; filtrez avec status:, product:, type:, region:, tag:, managed:.",
  "paging.previous": "Précédent",
  "paging.next": "Suivant",
} satisfies Partial<Catalogue>;

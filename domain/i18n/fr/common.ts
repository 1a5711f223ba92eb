// French statuses, regions and roles: the exact words of the Partner Hub guide in French
// (seeds/002: "Liste des clients", "Sélecteur de région", "Administrateurs partenaires").
import type { Catalogue } from "../types.js";

export const frCommon = {
  "status.trial": "Essai",
  "status.active": "Abonnement",
  "status.expiringSoon": "Expiration prochaine",
  "status.licenseOverage": "Dépassement de licence",
  "status.noRecentActivity": "Aucune activité récente",
  "status.readyForOrderSetup": "Prêt pour la configuration de la commande",
  "status.suspended": "Suspendu",
  "status.expired": "Expiré",

  "region.US": "États-Unis",
  "region.CA": "Canada",
  "region.EU": "Union européenne",
  "region.UAE": "Émirats arabes unis",
  "region.all": "Toutes les régions",
  "region.code.US": "US",
  "region.code.CA": "CA",
  "region.code.EU": "UE",
  "region.code.UAE": "UAE",

  "role.full": "Administrateur partenaire complet",
  "role.admin": "Administrateur partenaire",
  "role.readonly": "Administrateur partenaire en lecture seule",
  "role.sales-full": "Administrateur complet des ventes",
  "role.sales": "Administrateur des ventes",
} satisfies Partial<Catalogue>;

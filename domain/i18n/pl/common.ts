// Polish statuses, regions and roles: the exact words of the Partner Hub guide in Polish
// (seeds/001: "Lista klientów", "Selektor regionu", "Administratorzy partnera").
import type { Catalogue } from "../types.js";

export const plCommon = {
  "status.trial": "Wersja próbna",
  "status.active": "Subskrypcja",
  "status.expiringSoon": "Wygasa wkrótce",
  "status.licenseOverage": "Przekroczenie limitu licencji",
  "status.noRecentActivity": "Brak ostatniej aktywności",
  "status.readyForOrderSetup": "Gotowe do skonfigurowania zamówienia",
  "status.suspended": "Zawieszono",
  "status.expired": "Wygasło",

  "region.US": "Stany Zjednoczone",
  "region.CA": "Kanada",
  "region.EU": "Unia Europejska",
  "region.UAE": "Zjednoczone Emiraty Arabskie",
  "region.all": "Wszystkie regiony",
  "region.code.US": "USA",
  "region.code.CA": "CA",
  "region.code.EU": "UE",
  "region.code.UAE": "ZEA",

  "role.full": "Pełnoprawny administrator partnera",
  "role.admin": "Administrator partnera",
  "role.readonly": "Administrator partnera z uprawnieniami tylko do odczytu",
  "role.sales-full": "Pełnoprawny administrator sprzedaży",
  "role.sales": "Administrator sprzedaży",
} satisfies Partial<Catalogue>;

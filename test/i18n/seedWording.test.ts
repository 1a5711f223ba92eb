// The official Partner Hub wording, taken from the guide in each language (seeds/): statuses,
// regions, KPI labels and call-queue KPIs must read exactly as Partner Hub writes them, because
// partner admins compare the bot's answers with what they see in Partner Hub.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { translate, type Language, type MessageKey } from "../../domain/i18n/catalogue.js";

type Seeded = Exclude<Language, "en">;

// The eight customer statuses, in the order of each guide's "customer list" section:
// es seeds/000 lines 18-25, pl 001 lines 9-16, fr 002 lines 18-25, pt 003 lines 9-16,
// de 004 lines 18-25.
const STATUS_KEYS: MessageKey[] = [
  "status.trial", "status.active", "status.expiringSoon", "status.licenseOverage",
  "status.noRecentActivity", "status.readyForOrderSetup", "status.suspended", "status.expired",
];
const OFFICIAL_STATUSES: Record<Seeded, string[]> = {
  es: ["Prueba", "Suscripción", "Próximo a vencer", "Exceso de licencia", "Sin actividad reciente", "Listo para la configuración del pedido", "Suspendido", "Caducado"],
  pl: ["Wersja próbna", "Subskrypcja", "Wygasa wkrótce", "Przekroczenie limitu licencji", "Brak ostatniej aktywności", "Gotowe do skonfigurowania zamówienia", "Zawieszono", "Wygasło"],
  fr: ["Essai", "Abonnement", "Expiration prochaine", "Dépassement de licence", "Aucune activité récente", "Prêt pour la configuration de la commande", "Suspendu", "Expiré"],
  pt: ["Teste", "Assinatura", "Expira em breve", "Excesso de licenças", "Nenhuma atividade recente", "Pronto para configuração do pedido", "Suspenso", "Expirado"],
  de: ["Testversion", "Abonnement", "Läuft bald ab", "Lizenzüberschreitung", "Keine aktuelle Aktivität", "Bereit zur Auftragserteilung", "Ausgesetzt", "Abgelaufen"],
};

// Regions from each guide's report "region selector" (es/fr/de lines 302-305, pl/pt lines
// 176-179); KPIs from "Key performance indicators" (es/fr/de lines 91-95, pl/pt lines 43-47;
// es line 20 for "Próximo a vencer"); call-queue KPIs (es/fr/de lines 280-282, pl/pt 162-164).
const OFFICIAL_LABELS: Record<Seeded, Partial<Record<MessageKey, string>>> = {
  es: {
    "region.US": "Estados Unidos", "region.CA": "Canadá", "region.EU": "Unión Europea", "region.UAE": "Emiratos Árabes Unidos",
    "analytics.kpi.totalCustomers": "Total de clientes", "analytics.kpi.nearingExpiration": "Próximo a vencer", "analytics.kpi.nearingRenewal": "Próximos a la renovación",
    "analytics.kpi.lowAssignment": "Baja asignación de licencias", "analytics.kpi.overLimit": "Límite de licencias superior",
    "queues.speedOfAnswer": "Tiempo promedio de respuesta", "queues.waitBeforeAbandon": "Tiempo promedio de espera antes del abandono", "queues.abandonRate": "Tasa promedio de llamadas abandonadas",
  },
  pl: {
    "region.US": "Stany Zjednoczone", "region.CA": "Kanada", "region.EU": "Unia Europejska", "region.UAE": "Zjednoczone Emiraty Arabskie",
    "analytics.kpi.totalCustomers": "Łączna liczba klientów", "analytics.kpi.nearingExpiration": "Zbliża się termin wygaśnięcia", "analytics.kpi.nearingRenewal": "Zbliża się termin odnowienia",
    "analytics.kpi.lowAssignment": "Niska liczba przypisanych licencji", "analytics.kpi.overLimit": "Przekroczono limit licencji",
    "queues.speedOfAnswer": "Średni czas odpowiedzi", "queues.waitBeforeAbandon": "Średni czas oczekiwania przed porzuceniem połączenia", "queues.abandonRate": "Średni wskaźnik porzuconych połączeń",
  },
  fr: {
    "region.US": "États-Unis", "region.CA": "Canada", "region.EU": "Union européenne", "region.UAE": "Émirats arabes unis",
    "analytics.kpi.totalCustomers": "Nombre total de clients", "analytics.kpi.nearingExpiration": "Proche de l'expiration", "analytics.kpi.nearingRenewal": "Bientôt renouvelés",
    "analytics.kpi.lowAssignment": "Faible attribution de licences", "analytics.kpi.overLimit": "Dépassement de la limite de licences",
    "queues.speedOfAnswer": "Temps moyen de réponse", "queues.waitBeforeAbandon": "Temps d'attente moyen avant abandon", "queues.abandonRate": "Taux moyen d'appels abandonnés",
  },
  pt: {
    "region.US": "Estados Unidos", "region.CA": "Canadá", "region.EU": "União Europeia", "region.UAE": "Emirados Árabes Unidos",
    "analytics.kpi.totalCustomers": "Total de clientes", "analytics.kpi.nearingExpiration": "Aproximando-se da expiração", "analytics.kpi.nearingRenewal": "Renovação iminente",
    "analytics.kpi.lowAssignment": "Baixa atribuição de licenças", "analytics.kpi.overLimit": "Excedeu o limite de licença",
    "queues.speedOfAnswer": "Tempo médio de resposta", "queues.waitBeforeAbandon": "Tempo médio de espera antes do abandono", "queues.abandonRate": "Taxa média de chamadas abandonadas",
  },
  de: {
    "region.US": "Vereinigte Staaten", "region.CA": "Kanada", "region.EU": "Europäische Union", "region.UAE": "Vereinigte Arabische Emirate",
    "analytics.kpi.totalCustomers": "Gesamtkunden", "analytics.kpi.nearingExpiration": "Bald ablaufendes Abonnement", "analytics.kpi.nearingRenewal": "Baldige Verlängerung",
    "analytics.kpi.lowAssignment": "Niedrige Lizenzzuweisung", "analytics.kpi.overLimit": "Überschreitung des Lizenzlimits",
    "queues.speedOfAnswer": "Durchschnittliche Antwortzeit", "queues.waitBeforeAbandon": "Durchschnittliche Wartezeit vor Abbruch", "queues.abandonRate": "Durchschnittliche Abbruchrate",
  },
};

// Labels whose wording must be found verbatim in the guide (section KPIs, table columns, filters).
const FOUND_IN_GUIDE: MessageKey[] = [
  ...STATUS_KEYS, ...(Object.keys(OFFICIAL_LABELS.es) as MessageKey[]),
  "section.kpi.newCustomers", "section.kpi.totalLicenses", "section.kpi.assignedPercent", "section.kpi.usedPercent",
  "section.kpi.unassigned", "section.kpi.totalOverage", "section.kpi.averageOverage", "customer.managedBy",
  "analytics.section.lowAssignment", "analytics.section.overLimit",
  // Each section names its own "customers" KPI, and low assignment its usage KPI.
  "section.kpi.customers.expire", "section.kpi.customers.renew", "section.kpi.customers.low", "section.kpi.customers.over",
  "section.kpi.usedWhenAssigned",
];

// The per-section KPI names the issue quotes from the guides (es and de), exactly.
const SECTION_KPIS: Partial<Record<Seeded, string[]>> = {
  es: ["Clientes que expiran", "Clientes que renuevan", "Clientes con baja asignación", "Clientes con excesos", "Uso de licencias cuando se asignan"],
  de: ["Ablaufende Kunden", "Kunden mit Abonnementverlängerung", "Kunden mit geringer Lizenzzuweisung", "Kunden mit Überschreitungen", "Lizenznutzung bei Zuweisung"],
};
const SECTION_KPI_KEYS: MessageKey[] = ["section.kpi.customers.expire", "section.kpi.customers.renew", "section.kpi.customers.low", "section.kpi.customers.over", "section.kpi.usedWhenAssigned"];

// "Weekly change" as each guide writes its two table columns (recently added; low assignment has the first).
const WEEKLY_CHANGES: Record<Seeded, [string, string]> = {
  es: ["Cambio de asignación semanal", "Cambio de uso semanal"],
  pl: ["Zmiana przydziału tygodniowego", "Zmiana tygodniowego wykorzystania"],
  fr: ["Changement hebdomadaire des attributions", "Variation hebdomadaire de l'utilisation"],
  pt: ["Alteração na atribuição semanal", "Alteração no uso semanal"],
  de: ["Wöchentliche Zuteilungsänderung", "Wöchentliche Nutzungsänderung"],
};

const LANGUAGES: Seeded[] = ["es", "pl", "fr", "pt", "de"];
const SEED_PREFIX: Record<Seeded, string> = { es: "000", pl: "001", fr: "002", pt: "003", de: "004" };
const seedsDir = process.env.PARTNERHUB_SEEDS ?? "/work/shared/seeds";

describe.each(LANGUAGES)("the %s wording", (language) => {
  it("names the eight customer statuses exactly as the guide does", () => {
    expect(STATUS_KEYS.map((key) => translate(language, key))).toEqual(OFFICIAL_STATUSES[language]);
  });

  it("names regions, subscription KPIs and call-queue KPIs exactly as the guide does", () => {
    const expected = OFFICIAL_LABELS[language];
    const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, translate(language, key as MessageKey)]));
    expect(actual).toEqual(expected);
  });
});

describe.each(LANGUAGES)("the %s section wording", (language) => {
  it("names each section's customers KPI and the usage-when-assigned KPI as the guide does", () => {
    const expected = SECTION_KPIS[language];
    if (expected) expect(SECTION_KPI_KEYS.map((key) => translate(language, key))).toEqual(expected);
    expect(new Set(SECTION_KPI_KEYS.map((key) => translate(language, key))).size).toBe(SECTION_KPI_KEYS.length);
  });

  it("writes the weekly changes with the guide's column names", () => {
    const [assignment, usage] = WEEKLY_CHANGES[language].map((term) => term.toLowerCase());
    expect(translate(language, "section.row.recent").toLowerCase()).toContain(assignment);
    expect(translate(language, "section.row.recent").toLowerCase()).toContain(usage);
    expect(translate(language, "section.row.low").toLowerCase()).toContain(assignment);
  });
});

// The guide itself, where this machine has it: the status list is read from the text, and every
// official label must occur in it word for word.
describe.runIf(existsSync(seedsDir)).each(LANGUAGES)("the %s guide in seeds/", (language) => {
  const guide = () => {
    const name = readdirSync(seedsDir).find((file) => file.startsWith(SEED_PREFIX[language]));
    if (!name) throw new Error(`no seed file ${SEED_PREFIX[language]}_* in ${seedsDir}`);
    return readFileSync(path.join(seedsDir, name), "utf8");
  };

  it("lists the same eight statuses, in the same order, as the bot shows", () => {
    // The first bullets of the form "• Label— description" (or "- Label— ...") are the statuses.
    const labels = guide().split("\n")
      .map((line) => /^\s*(?:•|-)\s*([^—]+?)\s*—/.exec(line)?.[1])
      .filter((label): label is string => Boolean(label))
      .slice(0, 8);
    expect(labels).toEqual(STATUS_KEYS.map((key) => translate(language, key)));
  });

  it("contains every official label word for word", () => {
    const text = guide();
    expect(FOUND_IN_GUIDE.filter((key) => !text.includes(translate(language, key)))).toEqual([]);
    expect(WEEKLY_CHANGES[language].filter((term) => !text.includes(term))).toEqual([]);
  });
});

// Polish: report imports, syncs and the imports command. Report names follow seeds/001
// ("Raport szczegółów wykorzystania połączeń", "Kolejka połączeń"). Counts are written as
// "label: {count}" so that no Polish plural form has to agree with a number.
import type { Catalogue } from "../types.js";

export const plImport = {
  "import.kind.subscription-details": "Szczegóły subskrypcji",
  "import.kind.calling-usage": "Szczegóły wykorzystania połączeń",
  "import.kind.call-queue-stats": "Statystyki kolejki połączeń",
  "import.kind.call-history": "Szczegółowa historia połączeń",
  "import.kind.call-quality": "Jakość multimediów połączeń",
  "import.kind.sync": "Synchronizacja przez API partnera",

  "import.source.space": "Obszar Webex",
  "import.source.cli": "Wiersz poleceń",
  "import.source.sync": "Synchronizacja",

  "import.done.title": "Import zakończony: {fileName}",
  "import.done.summary": "Odczytane wiersze raportu {kind}: {rows}.",
  "import.done.reportDate": "Raport został obliczony {date}.",
  "import.done.noReportDate": "Raport nie podaje, kiedy został obliczony.",
  "import.done.nothingChanged": "Nic się nie zmieniło: magazyn zawierał już całą zawartość tego pliku.",
  "import.counts.header.what": "Co",
  "import.counts.header.created": "Utworzone",
  "import.counts.header.updated": "Zaktualizowane",
  "import.counts.header.unchanged": "Bez zmian",
  "import.counts.customers": "Klienci",
  "import.counts.subscriptions": "Subskrypcje",
  "import.counts.records": "Rekordy raportu",
  "import.counts.line": "{what}: utworzone: {created}, zaktualizowane: {updated}, bez zmian: {unchanged}.",

  "import.failed.title": "Z pliku {fileName} nic nie zaimportowano",
  "import.failed.nothingWritten": "Magazyn nie został zmieniony. Popraw plik i załącz go ponownie.",
  "import.refused.empty": "Plik jest pusty. Wyeksportuj raport ponownie z Partner Hub i załącz nowy plik.",
  "import.refused.tooLarge": "Plik ma {size} MB, czyli przekracza limit {limit} MB. Wyeksportuj krótszy zakres dat lub mniej klientów albo poproś operatora o zwiększenie IMPORT_MAX_MB.",
  "import.refused.notUtf8": "Plik nie jest tekstem UTF-8. Załącz plik CSV dokładnie w takiej postaci, w jakiej wyeksportował go Partner Hub, bez zapisywania go w arkuszu kalkulacyjnym w innym kodowaniu.",
  "import.refused.zipUnreadable": "Nie udało się otworzyć pliku zip. Pobierz raport ponownie i załącz go bez zmian.",
  "import.refused.zipEmpty": "Plik zip nie zawiera pliku CSV. Załącz plik zip utworzony przez API raportów partnera lub sam plik CSV.",
  "import.refused.zipSeveral": "Plik zip zawiera kilka plików (liczba: {count}; {names}); musi zawierać dokładnie jeden raport CSV. Załącz każdy raport osobno.",
  "import.refused.unknownKind": "Tego raportu bot nie potrafi zaimportować (jego pierwsze kolumny to: {headers}). Załącz raport Szczegóły subskrypcji, Szczegóły wykorzystania połączeń, Statystyki kolejki połączeń lub Szczegółowa historia połączeń.",
  "import.refused.wrongKind": "Poproszono o import raportu {wanted}, ale ten plik jest raportem {found}. Zaimportuj go bez podawania rodzaju albo załącz właściwy plik.",
  "import.refused.noRows": "Plik ma wiersz nagłówka, ale nie ma wierszy danych. Sprawdź zakres dat raportu i wyeksportuj go ponownie.",
  "import.refused.invalidRows": "Nieprawidłowe wartości w pliku: {count}. Popraw je i załącz plik ponownie.",
  "import.problem": "Wiersz {line}, kolumna „{column}”: „{value}” to nie jest {expected}.",
  "import.problems.more": "…oraz pozostałe problemy ({count}).",

  "import.expected.required": "dozwolona wartość: to pole nie może być puste",
  "import.expected.wholeNumber": "liczba całkowita, np. 12",
  "import.expected.number": "liczba, np. 12.5 lub 12,5",
  "import.expected.date": "data, np. 2026-03-31",
  "import.expected.yesNo": "tak lub nie",
  "import.expected.subscriptionStatus": "status subskrypcji (Aktywna lub Wygasła)",
  "import.expected.orgId": "identyfikator organizacji, np. 6f1c3a52-8d2e-4b7a-9c11-2f5e8a9b0c01",
  "import.expected.knownCustomer": "klient znany botowi; najpierw zaimportuj raport Szczegóły subskrypcji",
  "import.expected.duration": "czas trwania w sekundach lub w formacie hh:mm:ss",

  "imports.title": "Ostatnie importy i synchronizacje",
  "imports.empty": "Nic jeszcze nie zaimportowano. Załącz plik CSV raportu z Partner Hub do wiadomości do bota.",
  "imports.entry": "{when}: {kind} ze źródła {source}, wykonał(a) {actor}, wiersze: {rows} ({file}).",
  "imports.entry.counts": "Subskrypcje: utworzone: {created}, zaktualizowane: {updated}, bez zmian: {unchanged}; klienci: utworzeni: {customersCreated}.",
  "imports.header.when": "Kiedy",
  "imports.header.what": "Raport",
  "imports.header.who": "Kto",
  "imports.header.rows": "Wiersze",

  "imports.ownOnly": "Widoczne są tylko importy wykonane przez Ciebie: Twoja rola widzi tylko przypisanych Ci klientów.",
} satisfies Partial<Catalogue>;

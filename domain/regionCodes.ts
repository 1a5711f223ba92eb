// Region codes as each guide writes them (es/fr "UE", pt "EUA" and "UE", pl "USA", "UE" and
// "ZEA", de "USA" and "VAE"): shown in the space's language, and read in any language, the
// English codes always included. The catalogue's region.code.* messages are the one list.
import { LANGUAGES, translate, type Language } from "./i18n/catalogue.js";
import { REGIONS, type Region } from "./model.js";

const BY_CODE = new Map<string, Region>(
  LANGUAGES.flatMap((language) => REGIONS.map((region) => [translate(language, `region.code.${region}`).toUpperCase(), region] as const)),
);

/** The region a typed code names (any language's code, any case), if any. */
export function regionOfCode(word: string): Region | undefined {
  return BY_CODE.get(word.trim().toUpperCase());
}

/** The code of `region` as the guide in `language` writes it; an unknown stored value as it is. */
export function regionCode(region: string, language: Language): string {
  return (REGIONS as readonly string[]).includes(region) ? translate(language, `region.code.${region as Region}`) : region;
}

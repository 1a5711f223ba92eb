// Word lists the demo partner's names are built from. Names are combinations, so thousands of
// customers get distinct, believable names without a list of real companies.
import type { Region } from "../../domain/model.js";

export const INDUSTRIES = [
  "Healthcare", "Financial services", "Education", "Retail", "Manufacturing", "Logistics",
  "Legal", "Hospitality", "Public sector", "Technology", "Energy", "Construction",
  "Real estate", "Media",
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/** The middle word of a name, matching the industry so that names read true. */
export const INDUSTRY_NOUNS: Record<Industry, readonly string[]> = {
  Healthcare: ["Dental", "Medical", "Health", "Clinics", "Care", "Pharma", "Orthopedics", "Vision"],
  "Financial services": ["Capital", "Finance", "Insurance", "Credit Union", "Wealth", "Bank"],
  Education: ["Academy", "Learning", "School District", "College", "Tutoring"],
  Retail: ["Outfitters", "Market", "Home Goods", "Pharmacy", "Bakery", "Books"],
  Manufacturing: ["Fabrication", "Plastics", "Machining", "Components", "Textiles", "Steel"],
  Logistics: ["Logistics", "Freight", "Shipping", "Transport", "Couriers", "Warehousing"],
  Legal: ["Law", "Legal", "Notaries", "Advocates"],
  Hospitality: ["Hotels", "Resorts", "Catering", "Restaurants", "Travel"],
  "Public sector": ["County Services", "Water Authority", "Transit", "Library Network"],
  Technology: ["Software", "Systems", "Data", "Networks", "Labs", "Cloud"],
  Energy: ["Energy", "Solar", "Power", "Utilities", "Wind"],
  Construction: ["Builders", "Construction", "Engineering", "Architects", "Roofing"],
  "Real estate": ["Properties", "Realty", "Estates", "Housing"],
  Media: ["Media", "Studios", "Publishing", "Broadcasting", "Design"],
};

/** The first word: places and images, some with accents so that accent-free search is exercised. */
export const NAME_STEMS = [
  "Northwind", "Brightwater", "Blue Ridge", "Cedar", "Summit", "Harbor", "Silver Oak", "Redwood",
  "Maple", "Granite", "Lakeside", "Riverbend", "Pinecrest", "Ironwood", "Sunrise", "Westfield",
  "Eastgate", "Highland", "Meadow", "Clearwater", "Stonebridge", "Oakridge", "Golden Gate",
  "Evergreen", "Bayview", "Crescent", "Falcon", "Keystone", "Liberty", "Pioneer", "Horizon",
  "Aurora", "Beacon", "Copper", "Driftwood", "Emerald", "Foxglove", "Glacier", "Hawthorn",
  "Juniper", "Kingfisher", "Lighthouse", "Mistral", "Nordlicht", "Orchard", "Prairie", "Quarry",
  "Rosewood", "Sierra", "Tidewater", "Union", "Valley", "Willow", "Zenith", "Atlas", "Borealis",
  "Cascade", "Delta", "Elbe", "Fjord", "Garonne", "Helios", "Isar", "Jura", "Côte Azur",
  "Lumière", "Müller", "Östra", "Søndergaard", "Zürich", "Gdańsk", "Łódź", "São Bento",
  "Almería", "Corvus", "Dunmore", "Fairhaven", "Greystone", "Hollis", "Kestrel", "Larkspur",
  "Marlowe", "Newbury", "Oxbow", "Pembroke", "Ravenna", "Sable", "Thornbury", "Wexford",
  "Al Noor", "Desert Rose", "Falaj", "Jumeirah", "Oasis", "Saffron", "Sahara", "Palm Crest",
];

export const NAME_SUFFIXES: Record<Region, readonly string[]> = {
  US: ["Group", "Partners", "Inc.", "LLC", "Co.", "Associates", "Holdings", "Collective"],
  CA: ["Ltd.", "Inc.", "Group", "Partners", "Corporation", "Co-op"],
  EU: ["GmbH", "S.A.", "B.V.", "Ltd", "SAS", "Sp. z o.o.", "AG", "S.r.l.", "Group", "ApS"],
  UAE: ["LLC", "FZ-LLC", "Trading", "Group", "Holding"],
};

export const CITIES: Record<Region, readonly string[]> = {
  US: ["Austin", "Denver", "Chicago", "Seattle", "Atlanta", "Boston", "Phoenix", "Raleigh", "San Jose", "Columbus"],
  CA: ["Toronto", "Vancouver", "Montréal", "Calgary", "Ottawa", "Halifax"],
  EU: ["Berlin", "Munich", "Paris", "Lyon", "Madrid", "Lisbon", "Warsaw", "Kraków", "Amsterdam", "Milan", "Dublin"],
  UAE: ["Dubai", "Abu Dhabi", "Sharjah", "Ajman"],
};

export const FIRST_NAMES = [
  "alex", "maria", "john", "fatima", "lukas", "sofia", "omar", "emma", "raj", "chloe", "pedro",
  "anna", "kenji", "lea", "noah", "zofia", "amir", "julia", "liam", "ines", "tomas", "sara",
  "david", "layla", "marc", "olga", "ravi", "nina", "felix", "hana",
];

export const LAST_NAMES = [
  "smith", "garcia", "kowalski", "dubois", "schmidt", "santos", "haddad", "nguyen", "brown",
  "rossi", "novak", "jensen", "patel", "moreau", "fischer", "costa", "khan", "martin", "weber",
  "lopez", "nowak", "bernard", "wagner", "silva", "ali", "taylor", "muller", "ferreira",
];

/** Partner-defined labels, with how they are chosen in demo/tags.ts. */
export const TAG_NAMES = [
  "Healthcare", "Strategic", "Renewal risk", "Wholesale", "Q4 focus", "Key account",
  "Calling upsell", "Public sector", "Migration wave 2", "Reference customer",
] as const;

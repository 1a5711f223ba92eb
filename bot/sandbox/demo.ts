// The demo partner's people: the demo data and PARTNER_ADMINS use these exact emails.
import type { SandboxPerson } from "./types.js";

export const DEMO_PEOPLE: SandboxPerson[] = [
  { email: "ana.silva@partner.example", displayName: "Ana Silva" },
  { email: "ben.okafor@partner.example", displayName: "Ben Okafor" },
  { email: "chen.wei@partner.example", displayName: "Chen Wei" },
  { email: "dora.klein@partner.example", displayName: "Dora Klein" },
  { email: "eli.novak@partner.example", displayName: "Eli Novak" },
  { email: "sam.stranger@elsewhere.example", displayName: "Sam Stranger" },
];

export const DEFAULT_BOT: SandboxPerson = { email: "partnerhub-bot@webex.bot", displayName: "Partner Hub bot" };

/** The group space created at start, with the partner's admins (not the stranger) and the bot. */
export const DEMO_GROUP_SPACE = "Partner operations";

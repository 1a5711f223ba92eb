// `language` end to end: a partner admin switches their space to Spanish through the sandbox,
// the change is stored and audited, and the next answers (the customer list included) read in
// Partner Hub's Spanish wording on cards that are valid for Webex.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customerList } from "../../domain/analytics/customerList.js";
import { english, translate } from "../../domain/i18n/catalogue.js";
import { startTestRun, type TestRun } from "../support/local.js";
import { ANA, BEN, cardOf, textsOf } from "../commands/support.js";

const ENGLISH_STATUSES = Object.entries(english).filter(([key]) => key.startsWith("status.")).map(([, label]) => label);

describe("the language command in the sandbox", () => {
  let run: TestRun;
  beforeAll(async () => { run = await startTestRun(); });
  afterAll(async () => { await run?.dispose(); });

  it("says the current language, in it", async () => {
    const answer = await run.ask(BEN, "language");
    expect(answer.text).toBe("This space's answers are in English. Say language followed by en, es, pl, fr, pt or de to change it.");
    cardOf(answer);
  });

  it("switches a space to Spanish, audits it, and answers customers with Partner Hub's Spanish statuses", async () => {
    const set = await run.ask(ANA, "language ES");
    expect(set.text).toBe("Hecho: las respuestas de este espacio están ahora en español.");
    cardOf(set);

    const room = run.sandbox.directRoomWith(ANA);
    const space = await run.store.db.space.findUniqueOrThrow({ where: { id: room.id } });
    expect(space.language).toBe("es");
    const audit = await run.store.db.auditLog.findFirstOrThrow({ where: { action: "space.language", target: room.id } });
    expect(audit.actor).toBe(ANA);
    expect(JSON.parse(audit.detail ?? "{}")).toEqual({ from: "en", to: "es" });

    const answer = await run.ask(ANA, "customers");
    const texts = textsOf(cardOf(answer)).join("\n");
    const admin = await run.store.db.partnerAdmin.findUniqueOrThrow({ where: { email: ANA } });
    const page = await customerList(
      { db: run.store.db, clock: run.clock, viewer: { email: ANA, role: "full", adminId: admin.id } },
      { page: { page: 1, pageSize: 10 } },
    );
    expect(texts).toContain(`Clientes (${page.total})`);
    const shown = new Set(page.rows.flatMap((row) => row.statuses));
    expect(shown.size, "the first page carries some statuses").toBeGreaterThan(0);
    for (const status of shown) expect(texts).toContain(translate("es", `status.${status}`));
    // The Spanish words are the seed's (seeds/000 lines 18-25), not English ones left behind.
    expect(texts).toMatch(/Próximo a vencer|Exceso de licencia|Suspendido|Caducado|Prueba|Suscripción/);
    for (const label of ENGLISH_STATUSES) expect(texts).not.toContain(label);
  });

  it("keeps other spaces in their own language", async () => {
    expect((await run.ask(BEN, "customers")).text).toMatch(/^Customers \(\d+\)/);
  });

  it("refuses an unknown language with the choices, in the space's language, and changes nothing", async () => {
    const answer = await run.ask(ANA, "language klingon");
    expect(answer.text).toContain("en, es, pl, fr, pt, de");
    expect(answer.text).toContain("\"klingon\"");
    expect(answer.text).toContain("Ejemplo: language es");
    cardOf(answer);
    const room = run.sandbox.directRoomWith(ANA);
    expect((await run.store.db.space.findUniqueOrThrow({ where: { id: room.id } })).language).toBe("es");
  });

  it("switches back to English and answers in English again", async () => {
    expect((await run.ask(ANA, "language en")).text).toBe("Done: this space's answers are now in English.");
    expect((await run.ask(ANA, "customers")).text).toMatch(/^Customers \(\d+\)/);
  });
});

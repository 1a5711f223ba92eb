// Deterministic demo data: a partner with customers in every status, for `npm run seed`,
// first start (`seedIfEmpty`) and tests.
export { generateDemoPartner, type DemoOptions } from "./generate.js";
export { writeDemoPartner, seedIfEmpty, clearPartnerData, isStoreEmpty, DEFAULT_DEMO_OPTIONS } from "./write.js";
export { DEMO_ADMINS } from "./roster.js";
export { nameKeyOf } from "./customers.js";
export type * from "./rows.js";

// The SDK asks U2C (U2C_SERVICE_URL) for its service catalog when the token has the real Webex
// shape (`<token>_<cluster>_<orgId>`). Answering with a catalog whose hydra link is the sandbox
// keeps every later call here, and the start-up free of a "failed to init services" error.
import { Router } from "express";

export function u2cRouter(baseUrl: () => string): Router {
  const router = Router();
  // Any prefix: U2C_SERVICE_URL may be `${url}/u2c` or `${url}/u2c/api/v1`.
  router.get(/\/catalog$/, (_req, res) => {
    res.json({ serviceLinks: { hydra: `${baseUrl()}/v1/` }, hostCatalog: {}, format: "hostmap" });
  });
  return router;
}

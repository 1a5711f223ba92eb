// Serves the page: plain HTML, CSS and JS from ./page, and the adaptivecards renderer bundle
// straight from node_modules (no build step).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import express, { Router } from "express";

const pageDir = join(dirname(fileURLToPath(import.meta.url)), "page");
const adaptiveCardsBundle = createRequire(import.meta.url).resolve("adaptivecards/dist/adaptivecards.min.js");

export function pageRouter(): Router {
  const router = Router();
  router.get("/vendor/adaptivecards.min.js", (_req, res) => {
    res.sendFile(adaptiveCardsBundle);
  });
  router.use(express.static(pageDir, { index: "index.html" }));
  return router;
}

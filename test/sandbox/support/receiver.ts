// A webhook target on 127.0.0.1 that keeps every delivery with its exact raw bytes and headers.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import express from "express";

export interface Delivery { raw: Buffer; body: any; signature: string | undefined }

export async function startReceiver(onDelivery?: (delivery: Delivery) => void) {
  const deliveries: Delivery[] = [];
  const app = express();
  app.post("/webhook", express.raw({ type: "*/*" }), (req, res) => {
    const raw = req.body as Buffer;
    const delivery = { raw, body: JSON.parse(raw.toString("utf8")), signature: req.get("x-spark-signature") };
    deliveries.push(delivery);
    res.status(200).end();
    onDelivery?.(delivery);
  });
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
    deliveries,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

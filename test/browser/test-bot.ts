// A tiny bot for the page test, talking to the sandbox over its REST API like a real bot would:
// it answers "report" with a CSV file, "broken" with a card Webex refuses, anything else with a
// card, and a card submit with a second card naming the submitted customer.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import express from "express";
import type { Sandbox } from "../../bot/sandbox/index.js";

const CARD = "application/vnd.microsoft.card.adaptive";
export const REPORT_CSV = "customer,days left\nAcme,12\nGlobex,30\n";

export async function startTestBot(sandbox: Sandbox, token: string) {
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${sandbox.url}/v1${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.body && typeof init.body === "string" ? { "content-type": "application/json" } : {}) } })
      .then((response) => response.json() as Promise<any>);
  const post = (roomId: string, fields: Record<string, unknown>) => api("/messages", { method: "POST", body: JSON.stringify({ roomId, ...fields }) });

  const app = express();
  app.post("/webhook", express.json(), async (req, res) => {
    res.status(200).end();
    const { resource, data } = req.body as { resource: string; data: { id: string; roomId: string; personId: string } };
    if (resource === "attachmentActions") {
      const action = await api(`/attachment/actions/${data.id}`);
      await post(action.roomId, { markdown: "Expiring customers", attachments: [{ contentType: CARD, content: expiringCard(String(action.inputs.customer)) }] });
      return;
    }
    if (data.personId === sandbox.bot.id) return;
    const message = await api(`/messages/${data.id}`);
    const person = await api(`/people/${message.personId}`);
    if (/report/.test(message.text)) {
      const form = new FormData();
      form.set("roomId", message.roomId);
      form.set("markdown", "Your **weekly report** is ready.");
      form.set("files", new Blob([REPORT_CSV], { type: "text/csv" }), "expiring-customers.csv");
      await fetch(`${sandbox.url}/v1/messages`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
    } else if (/broken/.test(message.text)) {
      await post(message.roomId, { markdown: "card", attachments: [{ contentType: CARD, content: { type: "AdaptiveCard", version: "1.4", body: [] } }] });
    } else {
      await post(message.roomId, { markdown: `Hello ${person.displayName}`, attachments: [{ contentType: CARD, content: greetingCard(person.displayName) }] });
    }
  });
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  const targetUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
  await api("/webhooks", { method: "POST", body: JSON.stringify({ name: "test bot", targetUrl, resource: "messages", event: "created" }) });
  await api("/webhooks", { method: "POST", body: JSON.stringify({ name: "test bot cards", targetUrl, resource: "attachmentActions", event: "created" }) });
  return { close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

function greetingCard(name: string) {
  return {
    type: "AdaptiveCard", version: "1.3",
    body: [
      { type: "TextBlock", text: `Hello ${name}`, size: "Large", weight: "Bolder" },
      { type: "TextBlock", text: "Which customer's subscriptions should I check?", wrap: true, isSubtle: true },
      { type: "Input.Text", id: "customer", placeholder: "Customer name", label: "Customer" },
    ],
    actions: [
      { type: "Action.Submit", title: "Show expiring", data: { action: "expiring" } },
      { type: "Action.ShowCard", title: "Options", card: { type: "AdaptiveCard", body: [{ type: "Input.Toggle", id: "trials", title: "Include trials" }] } },
      { type: "Action.OpenUrl", title: "Partner Hub", url: "https://admin.webex.com" },
    ],
  };
}

function expiringCard(customer: string) {
  return {
    type: "AdaptiveCard", version: "1.3",
    body: [
      { type: "TextBlock", text: `Expiring for ${customer}`, size: "Medium", weight: "Bolder" },
      { type: "FactSet", facts: [{ title: "Subscription", value: "Sub-100234" }, { title: "Ends", value: "in 12 days" }, { title: "Status", value: "Expiring" }] },
    ],
  };
}

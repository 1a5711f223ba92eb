// The burst benchmark's Webex stand-in, in a process of its own: the sandbox with 20 people, each
// in a direct space with the bot, and BURST_MESSAGES messages already written there (before any
// webhook exists, so nothing is delivered yet). Prints one JSON line: the API URL and the
// messages, which the benchmark then announces to the bot as signed webhook events.
import { startSandbox } from "../bot/sandbox/index.js";

const COMMANDS = ["help", "customers", "expiring 90", "renewing 60", "trials"];
const people = Array.from({ length: 20 }, (_, i) => ({ email: `admin${String(i + 1).padStart(2, "0")}@partner.example`, displayName: `Admin ${i + 1}` }));
const token = process.env.BURST_TOKEN ?? "burst-bot-token_PF84_org";
const count = Number(process.env.BURST_MESSAGES ?? 1000);

const sandbox = await startSandbox({ botToken: token, people, demoSpaces: false });
const rooms = people.map((person) => ({ person: sandbox.people.find((p) => p.email === person.email)!, room: sandbox.directRoomWith(person.email) }));
const messages: Array<{ id: string; roomId: string; personId: string; personEmail: string }> = [];
for (let i = 0; i < count; i++) {
  const { person, room } = rooms[i % rooms.length]!;
  const said = await sandbox.say({ roomId: room.id, personEmail: person.email, text: COMMANDS[Math.floor(i / rooms.length) % COMMANDS.length]! });
  messages.push({ id: said.id, roomId: room.id, personId: person.id, personEmail: person.email });
}
process.stdout.write(`${JSON.stringify({ url: sandbox.url, token, people: people.map((p) => p.email), messages })}\n`);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

// Runs the sandbox on its own (`npx tsx bot/sandbox/serve.ts`), for trying the page or pointing a
// bot at it by hand. `npm start` without a Webex token starts it inside the bot instead.
import { z } from "zod";
import { startSandbox } from "./index.js";

const envSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(8081),
  SANDBOX_BOT_TOKEN: z.string().min(1).default("sandbox-bot-token"),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  const issue = parsed.error.issues[0];
  console.error(`The setting ${String(issue?.path[0])} is wrong: ${issue?.message}. SANDBOX_PORT is a port number (0 for any free port).`);
  process.exit(1);
}
const sandbox = await startSandbox({ port: parsed.data.SANDBOX_PORT, botToken: parsed.data.SANDBOX_BOT_TOKEN });
console.log(`Webex sandbox page: ${sandbox.pageUrl}`);
console.log(`Webex API base:     ${sandbox.url}/v1 (HYDRA_SERVICE_URL; U2C_SERVICE_URL=${sandbox.url}/u2c)`);
const stop = () => void sandbox.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

// The button under "Did you mean customers?": runs the command it names, as if typed with no
// arguments, through the same checks as a message (enabled space, role, arguments).
import { commandRun } from "../../cards/actions.js";
import { defineAction } from "../routing/types.js";
import { runCommandWords } from "../routing/router.js";

export const commandRunAction = defineAction({
  action: commandRun,
  allowed: "any-admin",
  run: (ctx, inputs) => runCommandWords(ctx, [inputs.command]),
});

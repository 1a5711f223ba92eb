// The text of a message addressed to the bot, without the leading @mention Webex puts in group spaces.

/** The text addressed to the bot: without the leading @mention Webex puts in group spaces. */
export function textWithoutMention(message: { text?: string; html?: string }, bot: { id: string; displayName: string }): string {
  let text = (message.text ?? "").trim();
  const mention = /<spark-mention[^>]*data-object-id="([^"]+)"[^>]*>([^<]*)<\/spark-mention>/.exec(message.html ?? "");
  const mentioned = mention && mention[2] ? mention[2].trim() : undefined;
  for (const name of [mentioned, bot.displayName, bot.displayName.split(" ")[0]]) {
    if (name && text.toLowerCase().startsWith(name.toLowerCase())) {
      text = text.slice(name.length).trim();
      break;
    }
  }
  return text.replace(/\s+/g, " ");
}

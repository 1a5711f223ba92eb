// The small markdown subset Webex renders in messages and TextBlocks: bold, italic, code, links,
// line breaks and "- " lists. Everything is HTML-escaped first, so a message cannot inject markup.
window.renderMarkdown = function renderMarkdown(source) {
  const escaped = String(source)
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  // A backslash escape (as CommonMark and Webex read it) keeps the next punctuation character
  // literal; `<`, `>`, `&` and `"` were HTML-escaped just above.
  const literals = [];
  const protectedText = escaped.replace(/\\(&(?:lt|gt|amp|quot);|[!#$%'()*+,\-./:;=?@[\\\]^_`{|}~])/g, (_, char) => `\u0000${literals.push(char) - 1}\u0000`);
  return protectedText
    .replace(/&lt;@(?:personId|personEmail):[^|&]*\|([^&]*)&gt;/g, '<span class="mention">$1</span>')
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[\s(])[*_]([^*_]+)[*_]/g, "$1<em>$2</em>")
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>')
    .replace(/^- (.*)$/gm, "• $1")
    .replace(/\n/g, "<br>")
    .replace(/\u0000(\d+)\u0000/g, (_, index) => literals[Number(index)]);
};

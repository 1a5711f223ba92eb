// The small markdown subset Webex renders in messages and TextBlocks: bold, italic, code, links,
// line breaks and "- " lists. Everything is HTML-escaped first, so a message cannot inject markup.
window.renderMarkdown = function renderMarkdown(source) {
  const escaped = String(source)
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  return escaped
    .replace(/&lt;@(?:personId|personEmail):[^|&]*\|([^&]*)&gt;/g, '<span class="mention">$1</span>')
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[\s(])[*_]([^*_]+)[*_]/g, "$1<em>$2</em>")
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>')
    .replace(/^- (.*)$/gm, "• $1")
    .replace(/\n/g, "<br>");
};

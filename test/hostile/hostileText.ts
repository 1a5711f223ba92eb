// What a hostile customer name, tag, file name or typed word looks like: markdown that would
// become a disguised link or shouting, HTML, a mention, autolinks, block markup, and names far
// longer than any card can hold. Imports, sync and people in spaces can all bring these in.
export const HOSTILE_NAMES = {
  link: "[Renew now](https://evil.example/login) **urgent**",
  html: "<b>Acme</b> <img src=x onerror=alert(1)> <script>alert(1)</script> &lt;i&gt;",
  mention: "<@personEmail:ana.silva@partner.example|Ana Silva> <@all> look",
  autolink: "<https://evil.example/a> https://evil.example/b www.evil.example",
  emphasis: "_Acme_ *Beta* ~~Gamma~~ `Delta` \\*Epsilon\\* __Zeta__",
  blocks: "# Heading\n- item\n1. first\n> quote\n---\n+ more",
} as const;

export const HOSTILE = Object.values(HOSTILE_NAMES);

/** Names no card can show whole: long, escaping-heavy, and four bytes a character. */
export const LONG_NAMES = ["*".repeat(6_000), "🙂".repeat(4_000), "Acme ".repeat(2_000)] as const;

/** Something typed that does not fit a Webex message (7,439 bytes) when echoed. */
export const LONG_WORD = "x".repeat(7_400);

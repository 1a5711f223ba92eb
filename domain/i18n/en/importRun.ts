// Messages of a running import: the status message it edits while it reads, and the ways a file
// is refused by the streaming reader (malformed CSV, a zip that inflates like a bomb, a stop).
export const importRunMessages = {
  "import.progress.waiting": "{fileName} will be imported as soon as the import in progress finishes.",
  "import.progress.started": "Importing {fileName}…",
  "import.progress.reading": "Importing {kind}… {rows} of ~{total} rows",
  "import.progress.saving": "Importing {kind}… all {rows} rows are valid; saving them.",
  "import.refused.badCsv": "Line {line} is not valid CSV: a quoted value does not end, or text follows its closing quote. Export the report again, or save it from your spreadsheet as CSV, and attach it.",
  "import.refused.zipSuspicious": "The file {name} in the zip expands to more than {ratio} times its packed size, which no report does, so it was not unpacked. Attach the CSV itself, or the zip exactly as Partner Hub produced it.",
  "import.refused.stopped": "The import stopped before it finished. Attach the file again; if it stops again, tell the operator.",
} as const;

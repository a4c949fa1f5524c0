// Parses spec/streams.yaml with the AsyncAPI parser (the one the AsyncAPI CLI and generators use)
// and fails on any error-level diagnostic. Usage: node check-asyncapi.mjs <streams.yaml>
import { Parser, fromFile } from "@asyncapi/parser";

const SEVERITY = ["error", "warning", "info", "hint"];
const file = process.argv[2];
const { document, diagnostics } = await fromFile(new Parser(), file).parse();
const counts = { error: 0, warning: 0, info: 0, hint: 0 };
for (const d of diagnostics) {
  const severity = SEVERITY[d.severity];
  counts[severity] += 1;
  if (d.severity <= 1) console.log(`${severity} ${d.code} ${JSON.stringify(d.path)}: ${d.message}`);
}
const messages = document ? document.allMessages().all().map((m) => m.id()) : [];
console.log(
  `AsyncAPI parser: ${file}: ${counts.error} errors, ${counts.warning} warnings, ` +
    `${counts.info} infos; ${messages.length} messages (${messages.join(", ")})`,
);
if (!document || counts.error > 0) process.exit(1);

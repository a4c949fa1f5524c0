// The recorded cassettes (tests/cassettes/recorded/*.json) matched to the operations of a spec:
// shared by the TypeScript check (cassette-types.mjs). The matching rules are docs/porting.md's:
// the namespace segment after /v1/ is dropped, a composite parameter (a repository name) keeps
// its raw slashes.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const METHODS = ["get", "put", "post", "patch", "delete"];
const AFTER_VERSION = /^(\/api\/[a-z]+\/v1\/)([^/]+)\/(.*)$/;

/** Every operation of the spec: its path template, method and a matcher for concrete paths. */
export function operations(specPath) {
  const spec = parse(readFileSync(specPath, "utf8"));
  const result = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p) => resolve(spec, p));
      const composite = new Set(parameters.filter((p) => p["x-dockercloud-composite"]).map((p) => p.name));
      const source = template
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          return composite.has(name) ? "(.+)" : "([^/]+)";
        })
        .join("");
      const literals = template.replace(/\{\w+\}/g, "").length;
      result.push({ template, method, op, pattern: new RegExp(`^${source}$`), literals });
    }
  }
  // The most literal template first, so `/service/{uuid}/start/` wins over a looser one.
  result.sort((a, b) => b.literals - a.literals);
  const resources = new Set(
    Object.keys(spec.paths).map((p) => AFTER_VERSION.exec(p)?.[2]).filter(Boolean),
  );
  return { spec, operations: result, resources };
}

/** A local `$ref` (`#/components/parameters/RepositoryName`) followed to its object. */
function resolve(spec, node) {
  if (typeof node.$ref !== "string") return node;
  return node.$ref.slice(2).split("/").reduce((target, key) => target[key], spec);
}

/** `/api/app/v1/demo-org/service/` -> `/api/app/v1/service/` (spec paths have no namespace). */
export function stripNamespace(path, resources) {
  const match = AFTER_VERSION.exec(path);
  return match && !resources.has(match[2]) ? match[1] + match[3] : path;
}

/** Every interaction of every cassette in `dir`, with the operation it belongs to (or null). */
export function* interactions(dir, table) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const cassette = JSON.parse(readFileSync(join(dir, file), "utf8"));
    for (const [index, interaction] of cassette.interactions.entries()) {
      const { method, uri } = interaction.request;
      const path = stripNamespace(new URL(uri).pathname, table.resources);
      const match = table.operations.find(
        (o) => o.method === method.toLowerCase() && o.pattern.test(path),
      );
      yield { file, index, interaction, operation: match ?? null };
    }
  }
}

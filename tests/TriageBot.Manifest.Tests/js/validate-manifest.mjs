// Validates one Teams manifest.json against Microsoft's published schema as bundled in
// @microsoft/app-manifest, and prints {"valid", "schema", "errors"} as JSON on stdout.
// Exit 0: valid; 1: invalid; 2: could not validate (bad file, or a schema the package does not bundle).
// The package would download an unknown schema from the web; tests must never reach the network, so the
// schema is resolved here from the package's own files and fetch is disabled.
import { readFile, access } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

globalThis.fetch = () => {
  throw new Error("network access is disabled in the manifest schema check");
};

const require = createRequire(import.meta.url);
const { AppManifestUtils } = require("@microsoft/app-manifest");

function report(exitCode, body) {
  process.stdout.write(JSON.stringify(body) + "\n");
  process.exit(exitCode);
}

const file = process.argv[2];
if (!file) {
  report(2, { valid: false, schema: null, errors: ["usage: node validate-manifest.mjs PATH/manifest.json"] });
}

let manifest;
try {
  const text = (await readFile(file, "utf8")).replace(/^\uFEFF/, "");
  manifest = JSON.parse(text);
} catch (e) {
  report(2, { valid: false, schema: null, errors: [`cannot read ${file} as JSON: ${e.message}`] });
}

// Microsoft publishes the schema both with and without a locale segment (/en-us/json-schemas/...).
const match = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[0-9.]+|vDevPreview)\/MicrosoftTeams\.schema\.json$/i
  .exec(String(manifest.$schema ?? ""));
if (!match) {
  report(2, { valid: false, schema: null, errors: [`$schema is not a Teams manifest schema URL: ${manifest.$schema}`] });
}

const packageDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const schemaFile = path.join(packageDir, "build", "json-schemas", "teams", match[1], "MicrosoftTeams.schema.json");
try {
  await access(schemaFile);
} catch {
  report(2, { valid: false, schema: match[1], errors: [`schema ${match[1]} is not bundled in @microsoft/app-manifest`] });
}

const schema = JSON.parse(await readFile(schemaFile, "utf8"));
const errors = await AppManifestUtils.validateAgainstSchema(manifest, schema);
report(errors.length === 0 ? 0 : 1, { valid: errors.length === 0, schema: match[1], errors });

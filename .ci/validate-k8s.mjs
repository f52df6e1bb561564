// Validates Kubernetes manifests against the API's schemas (kubernetes-models: validators compiled by ajv from
// the OpenAPI schemas of the Kubernetes release it was generated from): kinds and versions that exist, required
// fields, types, formats, enums. Not caught: a field the schema does not have (a typo such as "readinessprobe"),
// because the schemas leave additional properties open; review names against `kubectl explain`.
// Usage: node .ci/validate-k8s.mjs deploy/k8s/*.yaml
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    const where = `${file}:${document.range?.[0] ?? 0}`;
    if (document.errors.length > 0) {
      console.error(`${where}: YAML: ${document.errors.map((e) => e.message).join("; ")}`);
      failed++;
      continue;
    }
    const object = document.toJS();
    if (object == null) continue;
    const name = `${object.kind}/${object.metadata?.name}`;
    try {
      const path = object.apiVersion.includes("/") ? object.apiVersion : `v1`;
      const module = await import(`kubernetes-models/${path}/${object.kind}`);
      const Model = module[object.kind] ?? module.default;
      new Model(object).validate();
      passed++;
    } catch (error) {
      console.error(`${file}: ${name}: ${error.message}`);
      failed++;
    }
  }
}
console.log(`kubernetes manifests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);


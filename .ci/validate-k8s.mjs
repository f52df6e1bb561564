// Validates Kubernetes manifests in two passes, without a cluster:
//  1. against the API's schemas (kubernetes-models: validators compiled by ajv from the OpenAPI schemas of the
//     Kubernetes release it was generated from): kinds and versions that exist, required fields, types, formats,
//     enums. Those schemas leave additional properties open, so a misspelt field ("readinessprobe") passes them;
//  2. strict field names, as `kubeconform -strict` or the API server's strict field validation would: every key
//     of every object must be a field of its type, walked through the attribute maps of the official client's
//     generated models (@kubernetes/client-node). Maps (labels, annotations, data) and free-form fields are
//     not walked.
// Usage: node .ci/validate-k8s.mjs deploy/k8s/*.yaml
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";
// The models only: the package's index also loads its HTTP client, which needs a newer Node.js.
import * as models from "@kubernetes/client-node/dist/gen/models/all.js";

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
      const unknown = unknownFields(object, modelName(object));
      if (unknown.length > 0) throw new Error(`unknown field ${unknown.join(", unknown field ")}`);
      passed++;
    } catch (error) {
      console.error(`${file}: ${name}: ${error.message}`);
      failed++;
    }
  }
}
console.log(`kubernetes manifests: ${passed} passed, ${failed} failed (schemas and strict field names)`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

// apps/v1 Deployment -> V1Deployment, autoscaling/v2 HorizontalPodAutoscaler -> V2HorizontalPodAutoscaler
function modelName(object) {
  const version = object.apiVersion.split("/").pop();
  const name = version.charAt(0).toUpperCase() + version.slice(1) + object.kind;
  if (!models[name]?.attributeTypeMap) throw new Error(`no model ${name} for the strict field check`);
  return name;
}

// Paths of the keys that are not fields of the given type, depth first.
function unknownFields(value, type, path = "") {
  if (value == null) return [];
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return Array.isArray(value) ? value.flatMap((item, i) => unknownFields(item, array[1], `${path}[${i}]`)) : [];
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return Object.entries(value).flatMap(([key, item]) => unknownFields(item, map[1], `${path}.${key}`));
  const fields = models[type]?.attributeTypeMap;
  if (!fields || typeof value !== "object") return []; // a primitive, IntOrString or a free-form object
  const byName = new Map(fields.map((field) => [field.baseName, field.type]));
  return Object.entries(value).flatMap(([key, item]) =>
    byName.has(key) ? unknownFields(item, byName.get(key), `${path}.${key}`) : [`${path}.${key}`.slice(1)]);
}

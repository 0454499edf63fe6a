// CycloneDX's own JSON Schema check, through @cyclonedx/cyclonedx-library's strict validator
// (the specification's bom-1.6 schema, which the library ships): null when the BOM is valid.
import CDX from '@cyclonedx/cyclonedx-library';

export async function schemaErrors(bom: unknown): Promise<unknown> {
  const validator = new CDX.Validation.JsonStrictValidator(CDX.Spec.Version.v1dot6);
  return validator.validate(JSON.stringify(bom));
}

// The validator ships JavaScript only: the part of its API the tests use.
declare module '@adobe/structured-data-validator' {
  export interface ValidationIssue {
    issueMessage: string;
    severity: 'ERROR' | 'WARNING';
    fieldNames: string[];
  }
  export default class Validator {
    /** Without the schema.org vocabulary it checks Google's rich-result rules only. */
    constructor(schemaOrgJson?: unknown);
    /** Data as web-auto-extractor gives it: `{jsonld: {JobPosting: [...]}}`. */
    validate(data: {jsonld?: Record<string, unknown[]>}): Promise<ValidationIssue[]>;
  }
}

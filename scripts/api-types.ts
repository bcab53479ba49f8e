import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const API_TYPES_PATH = 'web/src/api/schema.d.ts';

const HEADER =
  "// Generated from the server's /openapi.json by `npm run api:generate`: do not edit.\n" +
  '// test/medium/web-api-types.test.ts fails when this file and the API disagree.\n\n';

/** The TypeScript types of the API, as the web UI's client reads them. */
export async function renderApiTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, { alphabetize: true });
  return HEADER + astToString(ast);
}

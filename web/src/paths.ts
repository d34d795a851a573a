// Where each entity's page lives, in one place (ids are global ids, so they are URL-encoded).
const at = (section: string, id: string) => `/${section}/${encodeURIComponent(id)}`;

export const runPath = (runId: string) => at('runs', runId);
export const datasetPath = (datasetId: string) => at('datasets', datasetId);
export const tuningJobPath = (jobId: string) => at('tuning', jobId);
export const artifactPath = (artifactId: string) => at('registry', artifactId);
export const comparePath = (runIds: readonly string[]) => `/compare?ids=${runIds.map(encodeURIComponent).join(',')}`;

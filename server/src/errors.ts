// Domain failures, thrown by services (which know nothing of GraphQL). The HTTP layer turns each
// into a GraphQL error whose `extensions.code` is the code below, with the message unchanged.

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UNAVAILABLE';

export interface FieldError {
  /** Dotted path into the input, e.g. `traces.3.steps.0.content`. */
  path: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fieldErrors?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export type NodeTypeName =
  | 'Trace'
  | 'Dataset'
  | 'Run'
  | 'TuningJob'
  | 'Trial'
  | 'ModelArtifact'
  | 'ModelVersion'
  | 'ModelAlias'
  | 'RegressionBaseline'
  | 'RegressionCheck'
  | 'ApiToken'
  | 'Evaluation'
  | 'EvaluationItem';

/** The id clients know (the Relay global id): messages never show database ids. */
export const publicId = (type: NodeTypeName, id: string): string => Buffer.from(`${type}:${id}`).toString('base64');

/** `Run UnVuOjAx… not found`, with the global id in `extensions.id`. */
export const notFound = (type: NodeTypeName, id: string) =>
  new DomainError('NOT_FOUND', `${type} ${publicId(type, id)} not found`, { id: publicId(type, id) });

export const invalidInput = (fieldErrors: FieldError[], summary?: string) =>
  new DomainError(
    'BAD_USER_INPUT',
    summary ??
      (fieldErrors.length === 1
        ? `${fieldErrors[0]?.path}: ${fieldErrors[0]?.message}`
        : `${fieldErrors.length} input problems: ${fieldErrors
            .slice(0, 3)
            .map((e) => `${e.path}: ${e.message}`)
            .join('; ')}${fieldErrors.length > 3 ? '; …' : ''}`),
    { fieldErrors },
  );

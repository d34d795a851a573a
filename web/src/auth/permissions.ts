import { useSession } from './session';

// The scope each dashboard action needs, as the server's authScopes say (server/src/builder.ts:
// every mutation needs `write`, token management `admin`; `viewer.scopes` says what the token has).
// The server decides; hiding only spares people buttons that would answer FORBIDDEN.
const scopeOf = {
  createTraces: 'write',
  buildDataset: 'write',
  createRun: 'write',
  cancelRun: 'write',
  createTuningJob: 'write',
  startTuningJob: 'write',
  cancelTuningJob: 'write',
  promoteBestTrial: 'write',
  setModelAlias: 'write',
  evaluateRun: 'write',
  createRegressionBaseline: 'write',
  checkRegression: 'write',
  loadDemo: 'write',
  manageTokens: 'admin',
} as const satisfies Record<string, 'read' | 'write' | 'admin'>;

export type Action = keyof typeof scopeOf;

/** Whether the signed-in viewer may do an action: `const can = useCan(); can('cancelRun')`. */
export function useCan(): (action: Action) => boolean {
  const { viewer } = useSession();
  return (action) => viewer?.scopes[scopeOf[action]] ?? false;
}

// What every service needs: the database, the event bus and the configuration. The GraphQL
// context, the worker and the CLI all hand the same object to the services.
import type { Config } from './config.ts';
import type { PrismaClient } from './db/database.ts';
import type { PubSub } from './pubsub.ts';

export interface Deps {
  prisma: PrismaClient;
  pubsub: PubSub;
  config: Config;
}

export type TokenRoleName = 'READ' | 'WRITE' | 'ADMIN';

/** Who is calling: anonymous (allowed to do everything unless AUTH_REQUIRED), or a token. */
export interface Viewer {
  tokenId: string | null;
  role: TokenRoleName | null;
}

export interface Context extends Deps {
  viewer: Viewer;
}

// The trainers a COMMAND run may name in config.trainer, as the operator declared them. Only what
// a user needs to choose one is shown: never their argv, folders or environment.
import { builder } from '../../builder.ts';

const TrainerType = builder.simpleObject('Trainer', {
  description: 'An external trainer from the operator’s trainers file (TRAINERS_FILE).',
  fields: (t) => ({
    name: t.string({ description: 'What a COMMAND run puts in config.trainer.' }),
    description: t.string(),
    defaultTimeoutSeconds: t.int({ description: 'Time limit of its runs unless config.timeoutSeconds says otherwise.' }),
  }),
});

builder.queryField('trainers', (t) =>
  t.field({
    type: [TrainerType],
    description: 'The external trainers this server’s COMMAND executor can start, in the order of the trainers file.',
    resolve: (_root, _args, ctx) =>
      ctx.config.trainers.map((trainer) => ({
        name: trainer.name,
        description: trainer.description,
        defaultTimeoutSeconds: trainer.timeoutSeconds ?? ctx.config.runTimeoutSeconds,
      })),
  }),
);

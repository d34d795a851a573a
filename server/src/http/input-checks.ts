// What a client sends is checked before anything runs, so that every bad input is answered with
// BAD_USER_INPUT and `fieldErrors` naming where the problem is (`input.traces.0.prompt`, `filter.search`):
// validation errors, variables that do not fit their types (graphql-js' own coercion, re-run here
// to learn the path), and the one text rule (no NUL, no lone surrogate) for every string anywhere.
import {
  type ASTNode,
  type ASTVisitor,
  coerceInputValue,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  isInputType,
  isNonNullType,
  Kind,
  print,
  typeFromAST,
  visit,
} from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { type FieldError, invalidInput } from '../errors.ts';
import { textProblem, textProblemsIn } from '../modules/common/text.ts';

/** Enough to fix a request; a client sending thousands of bad strings learns that from the first ones. */
const MAX_REPORTED = 20;

type Key = string | number;

type Ancestor = ASTNode | readonly ASTNode[];

/**
 * The input path of a node inside an argument or a variable's default value, `input.traces.0.prompt`,
 * from what graphql's `visit` passes: `keys[i]` is the key leading from `chain[i]` to `chain[i + 1]`.
 */
function inputPath(keys: readonly Key[], ancestors: readonly Ancestor[], parent: Ancestor | undefined, node: ASTNode): string {
  const chain: Ancestor[] = parent === undefined ? [node] : [...ancestors, parent, node];
  const segments: Key[] = [];
  chain.forEach((item, index) => {
    if ('kind' in item) {
      if (item.kind === Kind.ARGUMENT || item.kind === Kind.OBJECT_FIELD) segments.push(item.name.value);
      if (item.kind === Kind.VARIABLE_DEFINITION) segments.push(item.variable.name.value);
      return;
    }
    const owner = chain[index - 1];
    const key = keys[index];
    if (owner && 'kind' in owner && owner.kind === Kind.LIST && key !== undefined) segments.push(key);
  });
  return segments.join('.');
}

/** Where a validation error's node sits in the operation's inputs, if it is an input at all. */
function pathOfNode(document: DocumentNode, target: ASTNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    enter(node, _key, parent, keys, ancestors) {
      if (found !== undefined) return false;
      if (node !== target) return undefined;
      found = inputPath(keys, ancestors, parent as Ancestor | undefined, node) || undefined;
      return false;
    },
  });
  return found;
}

export function badUserInput(fieldErrors: FieldError[], nodes?: readonly ASTNode[]): GraphQLError {
  const { message, code, details } = invalidInput(fieldErrors);
  return createGraphQLError(message, { nodes, extensions: { code, ...details, http: { status: 400 } } });
}

/** The text rule for strings written into the operation itself (arguments, defaults). */
const literalTextRule = (context: { reportError(error: GraphQLError): void }): ASTVisitor => ({
  StringValue(node, _key, parent, keys, ancestors) {
    const problem = textProblem(node.value);
    if (!problem) return;
    const path = inputPath(keys, ancestors, parent as Ancestor | undefined, node) || 'query';
    context.reportError(badUserInput([{ path, message: problem }], [node]));
  },
});

/** Variables against their declared types, as graphql-js coerces them, with each problem's path. */
export function checkVariables(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): FieldError[] {
  const operation = getOperationAST(document, operationName);
  const problems: FieldError[] = [];
  for (const definition of operation?.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) continue; // validation has said so already
    const provided = variables != null && Object.hasOwn(variables, name);
    const value = provided ? variables[name] : undefined;
    if (!provided || value === null) {
      if (isNonNullType(type) && (value === null || !definition.defaultValue)) {
        problems.push({ path: name, message: `is required (${print(definition.type)})` });
      }
      continue;
    }
    textProblemsIn(value, name, problems, MAX_REPORTED);
    coerceInputValue(value, type, (path, _invalid, error) => {
      if (problems.length >= MAX_REPORTED) return;
      problems.push({ path: [name, ...path].join('.'), message: error.originalError?.message ?? error.message });
    });
  }
  return problems;
}

/**
 * Validation errors become BAD_USER_INPUT (with the input path where the error points at an input),
 * strings in the operation follow the text rule, and variables are checked before execution starts.
 */
export function useInputChecks(): Plugin {
  const stopOnBadVariables = ({
    args,
    setResultAndStopExecution,
  }: {
    args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: unknown };
    setResultAndStopExecution(result: { errors: GraphQLError[] }): void;
  }) => {
    const problems = checkVariables(
      args.schema,
      args.document,
      args.operationName,
      args.variableValues as Record<string, unknown> | null | undefined,
    );
    if (problems.length) setResultAndStopExecution({ errors: [badUserInput(problems)] });
  };
  return {
    onValidate({ addValidationRule, params }) {
      addValidationRule(literalTextRule);
      return ({ valid, result }) => {
        if (valid) return;
        for (const error of result) {
          const extensions = error.extensions as Record<string, unknown>;
          if (extensions.fieldErrors) continue;
          const node = error.nodes?.[0];
          const path = node && pathOfNode(params.documentAST, node);
          const message = error.originalError?.message ?? error.message;
          Object.assign(extensions, {
            code: 'BAD_USER_INPUT',
            ...(path ? { fieldErrors: [{ path, message }] } : {}),
          });
        }
      };
    },
    onExecute: stopOnBadVariables,
    onSubscribe: stopOnBadVariables,
  };
}

import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';

/**
 * The server's per-field messages (`extensions.fieldErrors: [{ path, message }]`, paths dotted into
 * the mutation's input such as `config.epochs`), by path; several for one path are joined.
 */
export function fieldErrorsOf(error: CombinedError | undefined): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const list = graphQLError.extensions.fieldErrors;
    if (!Array.isArray(list)) continue;
    for (const item of list as Array<{ path?: unknown; message?: unknown }>) {
      if (typeof item.path !== 'string' || typeof item.message !== 'string') continue;
      byPath[item.path] = byPath[item.path] ? `${byPath[item.path]}; ${item.message}` : item.message;
    }
  }
  return byPath;
}

/** The message for a field, or for anything nested in it (`searchSpace.lr` belongs to `searchSpace`). */
export function errorFor(errors: Record<string, string>, path: string): string | undefined {
  const messages = Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .map(([key, message]) => (key === path ? message : `${key.slice(path.length + 1)}: ${message}`));
  return messages.length > 0 ? messages.join('; ') : undefined;
}

interface FieldProps {
  label: string;
  /** The input's path in the mutation input: names its error element `field-error:<name>`. */
  name: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

/** A labelled input with a hint and the server's message for it. */
export function Field({ label, name, error, hint, children, wide }: FieldProps) {
  const className = ['field', error ? 'field--invalid' : '', wide ? 'field--wide' : ''].filter(Boolean).join(' ');
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is `children`, inside the label, which labels it implicitly.
    <label className={className}>
      <span className="field__label">{label}</span>
      {children}
      {hint && !error && <small className="field__hint">{hint}</small>}
      {error && (
        <small className="field__error" role="alert" data-testid={`field-error:${name}`}>
          {error}
        </small>
      )}
    </label>
  );
}

/** A whole number from a form input, or undefined when it is empty (the server then applies its default). */
export const optionalInt = (text: string): number | undefined => (text.trim() === '' ? undefined : Number.parseInt(text, 10));

/** A number from a form input, or undefined when empty. */
export const optionalFloat = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

import {
  createContext,
  type FormEvent,
  type FormHTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
  useContext,
} from 'react';
import type { CombinedError } from 'urql';
import { ErrorNotice } from './ErrorNotice';

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

/** The server's per-field messages for the fields inside a `Form`. */
const FieldErrorsContext = createContext<Record<string, string>>({});

/** The server's messages by input path for the enclosing `Form`'s request. */
export const useFieldErrors = () => useContext(FieldErrorsContext);

type FormProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> & {
  /** Called with the browser's submit already prevented. */
  onSubmit: (event: FormEvent) => void;
  /** The form's requests: the per-field messages of their errors are shown beside the fields they name. */
  requestErrors?: ReadonlyArray<CombinedError | undefined>;
  'data-testid'?: string;
};

/** A form whose submit stays in the page (no browser navigation) and whose fields show the server's messages. */
export function Form({ onSubmit, requestErrors = [], children, ...formProps }: FormProps) {
  const errors = Object.assign({}, ...requestErrors.map(fieldErrorsOf));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(event);
  };
  return (
    <form onSubmit={submit} {...formProps}>
      <FieldErrorsContext.Provider value={errors}>{children}</FieldErrorsContext.Provider>
    </form>
  );
}

/** Below a field: the server's (or the caller's) message for it, else its hint. */
export function FieldMessage({
  name,
  error,
  hint,
  className = 'field__error',
}: {
  name: string;
  error: string | null | undefined;
  hint?: ReactNode;
  className?: string;
}) {
  if (error) {
    return (
      <small className={className} role="alert" data-testid={`field-error:${name}`}>
        {error}
      </small>
    );
  }
  return hint ? <small className="field__hint">{hint}</small> : null;
}

interface FieldProps {
  label: string;
  /** The input's path in the mutation input: picks the server's message for it, names its element `field-error:<name>`. */
  name: string;
  /** The server's messages by path, for a form that keeps its own rather than its `Form`'s. */
  errors?: Record<string, string>;
  /** A message that takes the place of the server's, e.g. from checking the input locally. */
  error?: string | null | undefined;
  hint?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}

/** A labelled input with a hint and the server's message for it. */
export function Field({ label, name, errors, error: ownError, hint, children, wide }: FieldProps) {
  const formErrors = useFieldErrors();
  const error = ownError ?? errorFor(errors ?? formErrors, name);
  const className = ['field', error ? 'field--invalid' : '', wide ? 'field--wide' : ''].filter(Boolean).join(' ');
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is `children`, inside the label, which labels it implicitly.
    <label className={className}>
      <span className="field__label">{label}</span>
      {children}
      <FieldMessage name={name} error={error} hint={hint} />
    </label>
  );
}

type InputFieldProps = Omit<FieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'value' | 'onChange'> & {
    value: string;
    onValueChange: (value: string) => void;
    'data-testid'?: string;
  };

/** A `Field` holding a plain `<input>`: the usual case. */
export function InputField({ label, name, errors, error, hint, wide, value, onValueChange, ...inputProps }: InputFieldProps) {
  return (
    <Field label={label} name={name} errors={errors} error={error} hint={hint} wide={wide}>
      <input value={value} onChange={(event) => onValueChange(event.target.value)} {...inputProps} />
    </Field>
  );
}

type TextAreaFieldProps = Omit<FieldProps, 'children' | 'wide'> &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'value' | 'onChange'> & {
    value: string;
    onValueChange: (value: string) => void;
    'data-testid'?: string;
  };

/** A wide `Field` holding a `<textarea>`, for text of several lines. */
export function TextAreaField({ label, name, errors, error, hint, value, onValueChange, ...textAreaProps }: TextAreaFieldProps) {
  return (
    <Field label={label} name={name} errors={errors} error={error} hint={hint} wide>
      <textarea value={value} onChange={(event) => onValueChange(event.target.value)} {...textAreaProps} />
    </Field>
  );
}

export interface SelectProps<TValue extends string> {
  value: TValue;
  onValueChange: (value: TValue) => void;
  /** The choices; `label` defaults to the value. */
  options: ReadonlyArray<{ value: TValue; label?: string }>;
  /** A first choice with the value `''`: "any", "choose…". */
  placeholder?: string;
  disabled?: boolean;
  'data-testid'?: string;
}

/** A `<select>` of fixed choices. */
export function Select<TValue extends string>({
  value,
  onValueChange,
  options,
  placeholder,
  disabled,
  'data-testid': testid,
}: SelectProps<TValue>) {
  return (
    <select
      value={value}
      disabled={disabled}
      onChange={(event) => onValueChange(event.target.value as TValue)}
      data-testid={testid}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label ?? option.value}
        </option>
      ))}
    </select>
  );
}

/** A `Field` holding a `<select>` of fixed choices. */
export function SelectField<TValue extends string>({
  label,
  name,
  errors,
  error,
  hint,
  wide,
  ...selectProps
}: Omit<FieldProps, 'children'> & SelectProps<TValue>) {
  return (
    <Field label={label} name={name} errors={errors} error={error} hint={hint} wide={wide}>
      <Select {...selectProps} />
    </Field>
  );
}

/** A choice in a toolbar (filters, chart axes): the label's text, then the select. */
export function FilterSelect<TValue extends string>({ label, ...selectProps }: { label: ReactNode } & SelectProps<TValue>) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the select is inside the label, which labels it implicitly.
    <label className="filter">
      {label}
      <Select {...selectProps} />
    </label>
  );
}

interface FormCardProps {
  title: string;
  /** Called with the browser's submit already prevented. */
  onSubmit: (event: FormEvent) => void;
  'data-testid': string;
  /** The fields, laid out in the form's grid. */
  children: ReactNode;
  /**
   * The request submitting sends (a mutation's state): the submit button is busy while it is in
   * flight, its error is shown above the buttons (no Retry: submitting again is the retry) and its
   * per-field messages beside the fields.
   */
  request: { fetching: boolean; error?: CombinedError | undefined };
  /** Errors of further requests the form depends on (e.g. loading its defaults), shown the same way. */
  requestErrors?: ReadonlyArray<CombinedError | undefined>;
  /** Further notices above the buttons. */
  notices?: ReactNode;
  actions: Omit<FormActionsProps, 'busy'>;
}

/**
 * A form in a card, titled, with its fields in a grid, then its request errors and buttons.
 * `noValidate`: the server checks the values and says what is wrong per field, so the browser's
 * own bubbles would only compete with that.
 */
export function FormCard({
  title,
  onSubmit,
  'data-testid': testid,
  children,
  request,
  requestErrors = [],
  notices,
  actions,
}: FormCardProps) {
  const errors = [...requestErrors, request.error];
  return (
    <Form className="card form" onSubmit={onSubmit} requestErrors={errors} data-testid={testid} noValidate>
      <header className="card__header">
        <h2>{title}</h2>
      </header>
      <div className="form__grid">{children}</div>
      {errors.map((error, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed per form, one slot per request.
        error ? <ErrorNotice key={index} error={error} /> : null,
      )}
      {notices}
      <FormActions {...actions} busy={request.fetching} />
    </Form>
  );
}

interface SubmitButtonProps {
  label: string;
  /** The label while `busy`. */
  busyLabel: string;
  busy: boolean;
  /** Disables submitting for other reasons than being busy. */
  disabled?: boolean;
  title?: string;
  'data-testid': string;
}

/** A form's primary button, disabled and relabelled while its request is in flight. */
export function SubmitButton({ label, busyLabel, busy, disabled = false, title, 'data-testid': testid }: SubmitButtonProps) {
  return (
    <button type="submit" className="button--primary" disabled={busy || disabled} title={title} data-testid={testid}>
      {busy ? busyLabel : label}
    </button>
  );
}

interface FormActionsProps {
  submitLabel: string;
  /** The submit button's label while `busy`. */
  busyLabel: string;
  busy: boolean;
  /** Disables submitting for other reasons than being busy. */
  disabled?: boolean;
  submitTestid: string;
  /** Shows a Cancel button when given. */
  onCancel?: () => void;
}

/** A form's footer: submit, and Cancel when the form can be closed. */
function FormActions({ submitLabel, busyLabel, busy, disabled, submitTestid, onCancel }: FormActionsProps) {
  return (
    <div className="form__actions">
      <SubmitButton label={submitLabel} busyLabel={busyLabel} busy={busy} disabled={disabled} data-testid={submitTestid} />
      {onCancel && (
        <button type="button" className="button--quiet" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

/** A whole number from a form input, or undefined when it is empty (the server then applies its default). */
export const optionalInt = (text: string): number | undefined => (text.trim() === '' ? undefined : Number.parseInt(text, 10));

/** A number from a form input, or undefined when empty. */
export const optionalFloat = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text));

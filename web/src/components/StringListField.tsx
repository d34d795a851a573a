import { errorFor } from './form';

interface StringListFieldProps {
  /** The list's label; each input is labelled "<label> 1", "<label> 2" … */
  label: string;
  /** Its path in the mutation input (`config.command`): the server's messages for it and its items are shown. */
  name: string;
  errors: Record<string, string>;
  values: string[];
  onChange: (values: string[]) => void;
  hint?: string;
  /** `new-run:argv` → inputs `new-run:argv:0`, … and `new-run:argv:add`. */
  testid: string;
}

/**
 * A list of strings edited one input per item, so an item can hold spaces (an argv argument such
 * as `--prompt "a b"` is one item, never split).
 */
export function StringListField({ label, name, errors, values, onChange, hint, testid }: StringListFieldProps) {
  const error = errorFor(errors, name);
  const set = (index: number, value: string) => onChange(values.map((item, at) => (at === index ? value : item)));
  return (
    <fieldset className={error ? 'field field--wide field--invalid list-field' : 'field field--wide list-field'}>
      <legend className="field__label">{label}</legend>
      <ol className="list-field__items">
        {values.map((value, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items are positions; their text changes as one types.
          <li key={index} className="list-field__item">
            <input
              value={value}
              aria-label={`${label} ${index + 1}`}
              onChange={(event) => set(index, event.target.value)}
              data-testid={`${testid}:${index}`}
            />
            <button
              type="button"
              className="button--quiet"
              aria-label={`Remove ${label.toLowerCase()} ${index + 1}`}
              onClick={() => onChange(values.filter((_, at) => at !== index))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...values, ''])} data-testid={`${testid}:add`}>
        Add {label.toLowerCase()}
      </button>
      {hint && !error && <small className="field__hint">{hint}</small>}
      {error && (
        <small className="field__error" role="alert" data-testid={`field-error:${name}`}>
          {error}
        </small>
      )}
    </fieldset>
  );
}

import type { RunConfigSpecField, useRunConfig } from '../hooks/useRunConfig';
import { Field, InputField } from './form';

// The run config fields of a form, as the server's runConfigSpec describes them: names, limits,
// defaults and descriptions all come from the server, which checks the same rules.

/** "learningRate" → "Learning rate". */
const labelOf = (name: string) => {
  const words = name.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const testidOf = (name: string) => name.replace(/([A-Z])/g, '-$1').toLowerCase();

/** The limits in words: "> 0 and ≤ 10", "1–100", "cpu, cuda or auto". */
export function limitsOf(field: RunConfigSpecField): string {
  if (field.choices) return field.choices.join(', ').replace(/, ([^,]*)$/, ' or $1');
  if (field.min == null || field.max == null) return '';
  return field.exclusiveMin ? `> ${field.min} and ≤ ${field.max}` : `${field.min}–${field.max}`;
}

interface RunConfigFieldsProps {
  runConfig: ReturnType<typeof useRunConfig>;
  /** Where the server reports each field's errors: `config` (createRun) or `baseConfig` (createTuningJob). */
  path: string;
  /** `new-run` → inputs `new-run:learning-rate`, … */
  testidPrefix: string;
}

export function RunConfigFields({ runConfig, path, testidPrefix }: RunConfigFieldsProps) {
  const { spec, fields, fetching, textOfField, edit } = runConfig;
  if (!spec) return fetching ? <p className="muted">Loading the run settings…</p> : null;
  return (
    <>
      {fields.map((field) => {
        const limits = limitsOf(field);
        const hint = [field.description, limits && `(${limits})`].filter(Boolean).join(' ');
        const testid = `${testidPrefix}:${testidOf(field.name)}`;
        if (field.choices) {
          return (
            <Field key={field.name} label={labelOf(field.name)} name={`${path}.${field.name}`} hint={hint}>
              <select value={textOfField(field)} onChange={(event) => edit(field.name, event.target.value)} data-testid={testid}>
                {field.choices.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice}
                  </option>
                ))}
              </select>
            </Field>
          );
        }
        return (
          <InputField
            key={field.name}
            label={labelOf(field.name)}
            name={`${path}.${field.name}`}
            hint={hint}
            type="number"
            min={field.min ?? undefined}
            max={field.max ?? undefined}
            step={field.type === 'INT' ? 1 : 'any'}
            placeholder={field.default == null ? 'unset' : undefined}
            value={textOfField(field)}
            onValueChange={(text) => edit(field.name, text)}
            data-testid={testid}
          />
        );
      })}
      {spec.rules.map((rule) => (
        <p key={rule.description} className="field__hint field--wide">
          {rule.description}
        </p>
      ))}
    </>
  );
}

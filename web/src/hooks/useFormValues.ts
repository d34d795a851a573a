import { useState } from 'react';

/**
 * A form's values, keyed by their path in the mutation input, and `field(name)`: the props that
 * bind one field to its value (`name`, `value`, `onValueChange`), so a field is one line.
 */
export function useFormValues<TValues extends Record<string, unknown>>(initial: TValues | (() => TValues)) {
  const [values, setValues] = useState(initial);
  const set = <TName extends keyof TValues>(name: TName, value: TValues[TName]) =>
    setValues((current) => ({ ...current, [name]: value }));
  const field = <TName extends keyof TValues & string>(name: TName) => ({
    name,
    value: values[name],
    onValueChange: (value: TValues[TName]) => set(name, value),
  });
  return { values, set, field };
}

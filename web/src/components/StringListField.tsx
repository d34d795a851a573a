import { ListField } from './ListField';

interface StringListFieldProps {
  /** The list's label; each input is labelled "<label> 1", "<label> 2" … */
  label: string;
  /** Its path in the mutation input (`config.command`): the server's messages for it and its items are shown. */
  name: string;
  value: string[];
  onValueChange: (value: string[]) => void;
  hint?: string;
  /** `new-run:argv` → inputs `new-run:argv:0`, … and `new-run:argv:add`. */
  testid: string;
}

/**
 * A list of strings edited one input per item, so an item can hold spaces (an argv argument such
 * as `--prompt "a b"` is one item, never split).
 */
export function StringListField({ label, testid, ...listProps }: StringListFieldProps) {
  return (
    <ListField
      {...listProps}
      legend={label}
      itemNoun={label.toLowerCase()}
      newItem=""
      addTestid={`${testid}:add`}
      renderItem={(item, index, set) => (
        <input
          value={item}
          aria-label={`${label} ${index + 1}`}
          onChange={(event) => set(event.target.value)}
          data-testid={`${testid}:${index}`}
        />
      )}
    />
  );
}

import type { ReactNode } from 'react';
import { errorFor, FieldMessage, useFieldErrors } from './form';

interface ListFieldProps<TItem> {
  legend: string;
  /** One item in words, lower case: "Remove <item> 2", "Add <item>". */
  itemNoun: string;
  /** The list's path in the mutation input (`steps`, `config.command`). */
  name: string;
  value: TItem[];
  onValueChange: (value: TItem[]) => void;
  /** What "Add" appends. */
  newItem: TItem;
  /** An item's inputs; `set` replaces the item. */
  renderItem: (item: TItem, index: number, set: (item: TItem) => void) => ReactNode;
  /**
   * Show the server's messages for an item (`steps.1.content`) at the item; otherwise they join
   * the list's own message below it.
   */
  errorsAtItems?: boolean;
  itemClassName?: string;
  hint?: string;
  addTestid: string;
}

/** A list edited one item per row, each with a Remove button, and an Add button below. */
export function ListField<TItem>({
  legend,
  itemNoun,
  name,
  value,
  onValueChange,
  newItem,
  renderItem,
  errorsAtItems = false,
  itemClassName = 'list-field__item',
  hint,
  addTestid,
}: ListFieldProps<TItem>) {
  const errors = useFieldErrors();
  const error = errorsAtItems ? errors[name] : errorFor(errors, name);
  const set = (index: number, item: TItem) => onValueChange(value.map((current, at) => (at === index ? item : current)));
  return (
    <fieldset className={error ? 'field field--wide field--invalid list-field' : 'field field--wide list-field'}>
      <legend className="field__label">{legend}</legend>
      <ol className="list-field__items">
        {value.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items are positions; their text changes as one types.
          <li key={index} className={itemClassName}>
            {renderItem(item, index, (changed) => set(index, changed))}
            <button
              type="button"
              className="button--quiet"
              aria-label={`Remove ${itemNoun} ${index + 1}`}
              onClick={() => onValueChange(value.filter((_, at) => at !== index))}
            >
              ✕
            </button>
            {errorsAtItems && (
              <FieldMessage
                name={`${name}.${index}`}
                error={errorFor(errors, `${name}.${index}`)}
                className="field__error list-field__error"
              />
            )}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onValueChange([...value, newItem])} data-testid={addTestid}>
        Add {itemNoun}
      </button>
      <FieldMessage name={name} error={error} hint={hint} />
    </fieldset>
  );
}

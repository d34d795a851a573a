import { useState } from 'react';
import { useMutation } from 'urql';
import { useCan } from '../../auth/permissions';
import { FormCard, InputField, TextAreaField } from '../../components/form';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';
import type { RunNotesFragment as RunNotesFragmentData } from '../../graphql/generated/graphql';
import { useFormValues } from '../../hooks/useFormValues';

export const RunNotesFragment = graphql(`
  fragment RunNotes on Run {
    id
    name
    tags
    notes
  }
`);

const UpdateRunMutation = graphql(`
  mutation UpdateRun($input: UpdateRunInput!) {
    updateRun(input: $input) {
      run {
        id
        ...RunNotes
      }
    }
  }
`);

/** The run's name, tags and notes, as people wrote them; editable with a WRITE token. */
export function RunNotes(props: { run: FragmentType<typeof RunNotesFragment> }) {
  const given = getFragmentData(RunNotesFragment, props.run);
  // The page's run may come from a live subscription, whose events carry no tags: what was saved here wins.
  const [saved, setSaved] = useState<typeof given | null>(null);
  const run = saved && saved.id === given.id ? saved : given;
  const can = useCan();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <RunNotesForm
        run={run}
        onDone={(updated) => {
          if (updated) setSaved(updated);
          setEditing(false);
        }}
      />
    );
  }
  return (
    <section className="card" aria-label="Tags and notes" data-testid="run:notes">
      <header className="card__header">
        <h2>Tags and notes</h2>
        {can('createRun') && (
          <button type="button" onClick={() => setEditing(true)} data-testid="run:edit-notes">
            Edit
          </button>
        )}
      </header>
      <p>
        {run.tags.length === 0 && <span className="muted">No tags.</span>}
        {run.tags.map((tag) => (
          <span key={tag} className="tag" data-testid="run:tag">
            {tag}
          </span>
        ))}
      </p>
      <p className="wrap" data-testid="run:notes-text">
        {run.notes ?? <span className="muted">No notes.</span>}
      </p>
    </section>
  );
}

type Notes = RunNotesFragmentData;

function RunNotesForm({ run, onDone }: { run: Notes; onDone: (saved?: Notes) => void }) {
  const { values, field } = useFormValues(() => ({ name: run.name, tags: run.tags.join(', '), notes: run.notes ?? '' }));
  const [result, updateRun] = useMutation(UpdateRunMutation);
  const submit = async () => {
    const input = { id: run.id, name: values.name.trim() || null, tags: values.tags.split(','), notes: values.notes };
    const answer = await updateRun({ input });
    const updated = answer.data?.updateRun.run;
    if (updated) onDone(getFragmentData(RunNotesFragment, updated));
  };
  return (
    <FormCard
      title="Tags and notes"
      onSubmit={submit}
      data-testid="run:notes-form"
      request={result}
      actions={{
        submitLabel: 'Save',
        busyLabel: 'Saving…',
        submitTestid: 'run:notes-save',
        onCancel: () => onDone(),
      }}
    >
      <InputField label="Name" {...field('name')} hint="empty: its default name" data-testid="run:name-input" />
      <InputField label="Tags" {...field('tags')} hint="comma-separated" data-testid="run:tags-input" />
      <TextAreaField label="Notes" {...field('notes')} rows={4} data-testid="run:notes-input" />
    </FormCard>
  );
}

import { useMutation } from 'urql';
import { errorFor, FormCard, InputField, useFieldErrors } from '../../components/form';
import { ListField } from '../../components/ListField';
import { graphql } from '../../graphql/generated';
import { useFormValues } from '../../hooks/useFormValues';

const CreateTraceMutation = graphql(`
  mutation CreateTrace($input: CreateTraceInput!) {
    createTrace(input: $input) {
      trace {
        id
      }
    }
  }
`);

interface StepDraft {
  type: string;
  content: string;
}

/**
 * Uploads one trace. Nothing is checked here: the server checks every field and its messages
 * (`fieldErrors`, e.g. `steps.1.content`) appear next to the field they name.
 */
export function NewTraceForm({ onCreated, onCancel }: { onCreated: (traceId: string) => void; onCancel: () => void }) {
  // `meta` holds the source the trace's meta.source is set to.
  const { values, field } = useFormValues({
    prompt: '',
    finalAnswer: '',
    steps: [{ type: 'reasoning', content: '' }] as StepDraft[],
    meta: '',
    tags: '',
  });
  const [result, createTrace] = useMutation(CreateTraceMutation);

  const submit = async () => {
    const source = values.meta.trim();
    const created = await createTrace({
      input: {
        prompt: values.prompt,
        finalAnswer: values.finalAnswer,
        steps: values.steps.map((step, i) => ({ i, type: step.type, content: step.content })),
        meta: source ? { source } : undefined,
        tags: values.tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      },
    });
    const trace = created.data?.createTrace.trace;
    if (trace) onCreated(trace.id);
  };

  return (
    <FormCard
      title="Upload a trace"
      onSubmit={submit}
      data-testid="traces:new-form"
      request={result}
      actions={{
        submitLabel: 'Upload',
        busyLabel: 'Uploading…',
        submitTestid: 'new-trace:submit',
        onCancel,
      }}
    >
      <InputField label="Prompt" {...field('prompt')} wide data-testid="new-trace:prompt" />
      <ListField
        legend="Steps"
        itemNoun="step"
        {...field('steps')}
        newItem={{ type: 'reasoning', content: '' }}
        errorsAtItems
        itemClassName="list-field__item list-field__item--step"
        addTestid="new-trace:add-step"
        renderItem={(step, index, set) => <StepInputs step={step} index={index} onChange={set} />}
      />
      <InputField label="Final answer" {...field('finalAnswer')} wide data-testid="new-trace:final-answer" />
      <InputField label="Source" {...field('meta')} hint="optional: meta.source" data-testid="new-trace:source" />
      <InputField label="Tags" {...field('tags')} hint="optional, comma-separated" data-testid="new-trace:tags" />
    </FormCard>
  );
}

/** One step's type and content; the content is marked invalid when the server names the step. */
function StepInputs({ step, index, onChange }: { step: StepDraft; index: number; onChange: (step: StepDraft) => void }) {
  const invalid = !!errorFor(useFieldErrors(), `steps.${index}`);
  return (
    <>
      <input
        className="step-type-input"
        value={step.type}
        aria-label={`Step ${index + 1} type`}
        onChange={(event) => onChange({ ...step, type: event.target.value })}
        data-testid={`new-trace:step-type:${index}`}
      />
      <textarea
        rows={2}
        value={step.content}
        aria-label={`Step ${index + 1} content`}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => onChange({ ...step, content: event.target.value })}
        data-testid={`new-trace:step-content:${index}`}
      />
    </>
  );
}

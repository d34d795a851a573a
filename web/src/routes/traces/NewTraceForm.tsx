import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { errorFor, FormCard, fieldErrorsOf, InputField } from '../../components/form';
import { graphql } from '../../graphql/generated';

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
  const [prompt, setPrompt] = useState('');
  const [finalAnswer, setFinalAnswer] = useState('');
  const [steps, setSteps] = useState<StepDraft[]>([{ type: 'reasoning', content: '' }]);
  const [source, setSource] = useState('');
  const [tags, setTags] = useState('');
  const [result, createTrace] = useMutation(CreateTraceMutation);
  const errors = fieldErrorsOf(result.error);

  const setStep = (index: number, change: Partial<StepDraft>) =>
    setSteps((current) => current.map((step, at) => (at === index ? { ...step, ...change } : step)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await createTrace({
      input: {
        prompt,
        finalAnswer,
        steps: steps.map((step, i) => ({ i, type: step.type, content: step.content })),
        meta: source.trim() ? { source: source.trim() } : undefined,
        tags: tags
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
      requestErrors={[result.error]}
      actions={{
        submitLabel: 'Upload',
        busyLabel: 'Uploading…',
        busy: result.fetching,
        submitTestid: 'new-trace:submit',
        onCancel,
      }}
    >
      <InputField
        label="Prompt"
        name="prompt"
        errors={errors}
        wide
        value={prompt}
        onValueChange={setPrompt}
        data-testid="new-trace:prompt"
      />
      <fieldset className="field field--wide list-field">
        <legend className="field__label">Steps</legend>
        <ol className="list-field__items">
          {steps.map((step, index) => {
            const stepError = errorFor(errors, `steps.${index}`);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are positions; their text changes as one types.
              <li key={index} className="list-field__item list-field__item--step">
                <input
                  className="step-type-input"
                  value={step.type}
                  aria-label={`Step ${index + 1} type`}
                  onChange={(event) => setStep(index, { type: event.target.value })}
                  data-testid={`new-trace:step-type:${index}`}
                />
                <textarea
                  rows={2}
                  value={step.content}
                  aria-label={`Step ${index + 1} content`}
                  aria-invalid={stepError ? true : undefined}
                  onChange={(event) => setStep(index, { content: event.target.value })}
                  data-testid={`new-trace:step-content:${index}`}
                />
                <button
                  type="button"
                  className="button--quiet"
                  aria-label={`Remove step ${index + 1}`}
                  onClick={() => setSteps((current) => current.filter((_, at) => at !== index))}
                >
                  ✕
                </button>
                {stepError && (
                  <small className="field__error list-field__error" role="alert" data-testid={`field-error:steps.${index}`}>
                    {stepError}
                  </small>
                )}
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          onClick={() => setSteps((current) => [...current, { type: 'reasoning', content: '' }])}
          data-testid="new-trace:add-step"
        >
          Add step
        </button>
        {errors.steps && (
          <small className="field__error" role="alert" data-testid="field-error:steps">
            {errors.steps}
          </small>
        )}
      </fieldset>
      <InputField
        label="Final answer"
        name="finalAnswer"
        errors={errors}
        wide
        value={finalAnswer}
        onValueChange={setFinalAnswer}
        data-testid="new-trace:final-answer"
      />
      <InputField
        label="Source"
        name="meta"
        errors={errors}
        hint="optional: meta.source"
        value={source}
        onValueChange={setSource}
        data-testid="new-trace:source"
      />
      <InputField
        label="Tags"
        name="tags"
        errors={errors}
        hint="optional, comma-separated"
        value={tags}
        onValueChange={setTags}
        data-testid="new-trace:tags"
      />
    </FormCard>
  );
}

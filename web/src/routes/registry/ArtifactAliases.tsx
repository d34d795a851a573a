import { useState } from 'react';
import { useMutation } from 'urql';
import { useCan } from '../../auth/permissions';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Form, InputField, SelectField, SubmitButton } from '../../components/form';
import { Time } from '../../components/Time';
import { type FragmentType, getFragmentData, graphql } from '../../graphql/generated';

export const ArtifactAliasesFragment = graphql(`
  fragment ArtifactAliases on ModelArtifact {
    id
    aliases {
      id
      name
      updatedAt
      version {
        id
        version
        label
      }
      history {
        createdAt
        fromVersion {
          id
          version
        }
        toVersion {
          id
          version
        }
      }
    }
    ...SetAliasForm
  }
`);

/** Where each alias points, since when and how often it moved; with the form that moves one. */
export function ArtifactAliases(props: { artifact: FragmentType<typeof ArtifactAliasesFragment> }) {
  const artifact = getFragmentData(ArtifactAliasesFragment, props.artifact);
  const can = useCan();
  return (
    <section className="card" data-testid="artifact:aliases">
      <h3>Aliases</h3>
      {artifact.aliases.length === 0 && <p className="muted">None yet.</p>}
      <ul className="links">
        {artifact.aliases.map((alias) => (
          <li key={alias.id} data-testid="artifact:alias" data-alias={alias.name}>
            <span className="tag">{alias.name}</span> → v{alias.version.version}
            {alias.version.label && <span className="muted"> {alias.version.label}</span>}{' '}
            <span className="muted">
              since <Time value={alias.updatedAt} />
              {alias.history.length > 1 && ` · moved ${alias.history.length - 1}×`}
            </span>
          </li>
        ))}
      </ul>
      {can('setModelAlias') && <SetAliasForm artifact={artifact} />}
    </section>
  );
}

// The versions' arguments match the versions table's, so both read one cached list.
const SetAliasFormFragment = graphql(`
  fragment SetAliasForm on ModelArtifact {
    id
    versions(first: 50) {
      edges {
        node {
          id
          version
          label
        }
      }
    }
  }
`);

// The payload carries the whole artifact, so every version's aliases are right after a move.
const SetModelAliasMutation = graphql(`
  mutation SetModelAlias($input: SetModelAliasInput!) {
    setModelAlias(input: $input) {
      changed
      alias {
        id
        name
        version {
          id
          version
        }
        history {
          fromVersion {
            id
          }
        }
        artifact {
          id
          ...ArtifactDetail
        }
      }
    }
  }
`);

/** What a setModelAlias did, in words: set the first time, moved later, or nothing to do. */
export function aliasOutcome(payload: {
  changed: boolean;
  alias: { name: string; version: { version: number }; history: Array<{ fromVersion: { id: string } | null }> };
}): string {
  const { alias } = payload;
  if (!payload.changed) return `${alias.name} already pointed at v${alias.version.version}.`;
  // The last move came from no version: the alias was just created.
  const created = alias.history.length <= 1 || alias.history.at(-1)?.fromVersion === null;
  return created ? `${alias.name} set to v${alias.version.version}.` : `${alias.name} moved to v${alias.version.version}.`;
}

/** The usual alias names; any other valid name works too. */
const suggestedAliases = ['production', 'staging'];

/** Points an alias (new or existing) at a version of this artifact. */
function SetAliasForm(props: { artifact: FragmentType<typeof SetAliasFormFragment> }) {
  const artifact = getFragmentData(SetAliasFormFragment, props.artifact);
  const versions = artifact.versions.edges.map((edge) => edge.node);
  const [name, setName] = useState('production');
  const [versionId, setVersionId] = useState('');
  const [result, setAlias] = useMutation(SetModelAliasMutation);
  const chosen = versionId || versions[0]?.id || '';

  const submit = () => setAlias({ input: { artifactId: artifact.id, name: name.trim(), versionId: chosen } });

  if (versions.length === 0) return null;
  return (
    <Form className="inline-form" onSubmit={submit} requestErrors={[result.error]} data-testid="artifact:alias-form">
      <InputField
        label="Alias"
        name="name"
        list="alias-names"
        value={name}
        onValueChange={setName}
        data-testid="artifact:alias-name"
      />
      <datalist id="alias-names">
        {suggestedAliases.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <SelectField
        label="Version"
        name="versionId"
        value={chosen}
        onValueChange={setVersionId}
        options={versions.map((version) => ({
          value: version.id,
          label: `v${version.version}${version.label ? ` ${version.label}` : ''}`,
        }))}
        data-testid="artifact:alias-version"
      />
      <SubmitButton
        label="Set alias"
        busyLabel="Saving…"
        busy={result.fetching}
        disabled={!name.trim()}
        data-testid="artifact:alias-submit"
      />
      {result.error && <ErrorNotice error={result.error} />}
      {result.data && !result.error && (
        <p className="muted" data-testid="artifact:alias-result">
          {aliasOutcome(result.data.setModelAlias)}
        </p>
      )}
    </Form>
  );
}

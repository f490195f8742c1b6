/**
 * The form for one article: its text (pasted, or read from a .txt or .html file)
 * and what the timeline needs to know of it. Problems are told beside their field
 * (aria-describedby), all at once on submitting. What is pasted is untrusted: it
 * only ever goes into form fields and text nodes, never into markup.
 */
import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { AddedArticle } from '../../shared/corrections/correctionsSchema';
import {
  DRAFT_FIELDS,
  EMPTY_DRAFT,
  draftToArticle,
  ownArticleId,
  type Draft,
  type DraftErrors,
  type DraftField,
} from './articleDraft';
import { readArticleFile } from './readArticleFile';

interface Props {
  busy: boolean;
  /** Resolves true once the article is kept: the form is then cleared for the next one. */
  onAdd(article: AddedArticle): Promise<boolean>;
}

const HINTS: Partial<Record<DraftField, string>> = {
  published:
    'Required: relative dates in the text (“on Tuesday”, “yesterday”) are counted from this day.',
  dateline: 'Where the report was filed from, if it says (“NEW DELHI”).',
};

function Field(props: {
  field: DraftField;
  label: string;
  draft: Draft;
  errors: DraftErrors;
  onChange(field: DraftField, value: string): void;
  type?: 'text' | 'date' | 'url';
  required?: boolean;
}) {
  const { field, draft, errors } = props;
  const id = useId();
  const hint = HINTS[field];
  const error = errors[field];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
  return (
    <div className="ws-field">
      <label htmlFor={id}>
        {props.label}
        {props.required ? ' (required)' : ''}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="ws-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={field}
        type={props.type ?? 'text'}
        value={draft[field]}
        required={props.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => props.onChange(field, e.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="ws-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function useDraft() {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const change = (field: DraftField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors(({ [field]: _gone, ...rest }) => rest);
  };
  const fill = (fields: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...fields }));
    setErrors({});
  };
  const reset = () => {
    setDraft(EMPTY_DRAFT);
    setErrors({});
  };
  return { draft, errors, setErrors, change, fill, reset };
}

export function ArticleForm({ busy, onAdd }: Props) {
  const { draft, errors, setErrors, change, fill, reset } = useDraft();
  const form = useRef<HTMLFormElement>(null);
  const textId = useId();
  const fileId = useId();

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    const reading = await readArticleFile(file);
    if (reading.ok) fill(reading.fields);
    else setErrors({ text: reading.message });
  };
  const onDrop = (event: DragEvent<HTMLTextAreaElement>) => {
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = draftToArticle(draft, ownArticleId(draft.headline));
    if (!checked.ok) {
      setErrors(checked.errors);
      // The first field to fix takes focus, so its message is read out and in view.
      const first = DRAFT_FIELDS.find((field) => checked.errors[field]);
      const element = first ? form.current?.elements.namedItem(first) : null;
      if (element instanceof HTMLElement) element.focus();
      return;
    }
    if (await onAdd(checked.article)) reset();
  };
  const fieldProps = { draft, errors, onChange: change };

  return (
    <form ref={form} className="ws-form" noValidate onSubmit={(e) => void submit(e)}>
      <div className="ws-field">
        <label htmlFor={textId}>Article text (required)</label>
        <p id={`${textId}-hint`} className="ws-hint">
          Paste it, or drop a .txt or .html file here. At most 10 MB.
        </p>
        <textarea
          id={textId}
          name="text"
          rows={8}
          value={draft.text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={`${textId}-hint${errors.text ? ` ${textId}-error` : ''}`}
          onChange={(e) => change('text', e.target.value)}
          onDrop={onDrop}
        />
        {errors.text ? (
          <p id={`${textId}-error`} className="ws-error">
            {errors.text}
          </p>
        ) : null}
      </div>
      <div className="ws-field">
        <label htmlFor={fileId}>Or choose a file (.txt or .html)</label>
        <input
          id={fileId}
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
      </div>
      <Field field="headline" label="Headline" {...fieldProps} />
      <Field field="outlet" label="Outlet" required {...fieldProps} />
      <Field field="published" label="Publication date" type="date" required {...fieldProps} />
      <Field field="url" label="Web address" type="url" {...fieldProps} />
      <Field field="dateline" label="Dateline" {...fieldProps} />
      <button type="submit" disabled={busy}>
        Add to the timeline
      </button>
    </form>
  );
}

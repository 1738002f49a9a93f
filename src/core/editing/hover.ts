/**
 * Hover for `.itcase.yaml`: on a key, what the field means (from the zod schema's descriptions) and
 * which values it allows; on a figure, what it means in the report (hoverFigures.ts). Pure: no
 * `vscode`; the adapter in hoverProvider.ts shows the markdown.
 */
import type { Analysis } from '../analyze';
import { pathLabel } from '../pathIssue';
import type { Path } from '../path';
import { escapeMarkdown, figuresAt } from './hoverFigures';
import { descriptionAt, enumValues, keysAt, schemaAt } from '../schemaNav';
import { yamlPositionAt, type TextSpan } from '../yaml/cursor';

export interface HoverResult {
  markdown: string;
  /** The hovered word, as offsets [start, end). */
  range: TextSpan;
}

/** What the hover needs of an analysis: the figures exist only when the case has no errors. */
export type HoverAnalysis = Pick<Analysis, 'model' | 'report'>;

/**
 * The nearest described field at or above a path: one value of a series is described by its series.
 * Null for a path the format does not define (a misspelt key has no meaning to show).
 */
function describedField(path: Path): { path: Path; description: string } | null {
  for (let prefix = path; prefix.length > 0; prefix = prefix.slice(0, -1)) {
    if (!schemaAt(prefix)) return null;
    const description = descriptionAt(prefix) ?? '';
    if (description !== '' && !isGenericValue(prefix)) return { path: prefix, description };
  }
  return null;
}

/**
 * A path whose own description says only what kind of value it is (one number of a series, one
 * period of a map by period): the field above it says more.
 */
function isGenericValue(path: Path): boolean {
  const last = path[path.length - 1];
  if (typeof last === 'number') return true;
  const parent = path.slice(0, -1);
  const parentSchema = parent.length > 0 ? schemaAt(parent) : undefined;
  if (!parentSchema) return false;
  const parentType = (parentSchema.def as { type?: string }).type;
  // A period label in a series map: `revenue: { 2012: … }` (the series is a union of forms).
  return parentType === 'union' && !keysAt(parent).some((k) => k.name === last);
}

function fieldSection(path: Path, onKey: boolean): string | null {
  const field = describedField(path);
  if (!field) return null;
  const parts = [`#### ${escapeMarkdown(pathLabel(path))}`, field.description];
  const schema = schemaAt(field.path);
  const values = schema ? enumValues(schema) : [];
  if (values.length > 0) parts.push(`Allowed values: ${values.map((v) => `\`${v}\``).join(', ')}.`);
  // Required or not is said of the hovered key itself, not of a field above it.
  if (onKey && field.path.length === path.length) {
    const parent = field.path.slice(0, -1);
    const name = field.path[field.path.length - 1];
    const info = keysAt(parent).find((k) => k.name === name);
    if (info) parts.push(info.required ? '*Required.*' : '*Optional.*');
  }
  return parts.join('\n\n');
}

/** The hover's markdown at a character offset, or null where there is nothing to say. */
export function hoverContent(text: string, offset: number, analysis: HoverAnalysis | null): string | null {
  return hoverAt(text, offset, analysis)?.markdown ?? null;
}

/** The hover at a character offset: markdown and the hovered word's range, or null. */
export function hoverAt(text: string, offset: number, analysis: HoverAnalysis | null): HoverResult | null {
  const position = yamlPositionAt(text, offset);
  if (!position || position.token.text.trim() === '') return null;
  let onKey: boolean;
  let path: Path;
  if (position.place === 'newKey') {
    // A word without a colon: a key being typed where the map has known keys, else a list value.
    onKey = keysAt(position.path).length > 0;
    path = onKey ? [...position.path, position.token.text.trim()] : position.path;
  } else {
    onKey = position.place === 'key';
    path = position.path;
  }

  const figures =
    analysis?.report && analysis.model ? figuresAt(path, analysis.model, analysis.report) : null;
  const heading = `#### ${escapeMarkdown(pathLabel(path))}`;
  let sections: (string | null)[];
  if (onKey) sections = [fieldSection(path, onKey), figures];
  // On a figure, what it means comes first; what the field is, below.
  else if (figures) sections = [`${heading}\n\n${figures}`, describedField(path)?.description ?? null];
  else sections = [fieldSection(path, onKey)];
  const markdown = sections.filter((s): s is string => s !== null && s !== '').join('\n\n---\n\n');
  if (markdown === '') return null;
  return { markdown, range: { start: position.token.start, end: position.token.end } };
}

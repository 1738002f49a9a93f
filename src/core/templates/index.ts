/**
 * The case templates shipped with the product. Each is a complete `.itcase.yaml` document; every
 * number in it carries its source, and assumptions that are not published facts say "illustrative".
 */
import { amazonTemplate } from './amazon';
import { blankTemplate } from './blank';
import type { CaseTemplate } from './types';
import { walmartTemplate } from './walmart';

export type { CaseTemplate } from './types';

/** In the order the quick pick shows them. */
export const caseTemplates: readonly CaseTemplate[] = Object.freeze([
  walmartTemplate,
  amazonTemplate,
  blankTemplate,
]);

export function findTemplate(id: string): CaseTemplate | undefined {
  return caseTemplates.find((template) => template.id === id);
}

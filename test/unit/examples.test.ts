import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseTemplates } from '../../src/core/templates';

/** `examples/` holds the templates as files (`itcase new --template <id> > examples/<id>.itcase.yaml`). */
describe('examples are the templates', () => {
  for (const template of caseTemplates) {
    it(`examples/${template.id}.itcase.yaml is the ${template.id} template`, () => {
      const file = readFileSync(
        join(__dirname, '..', '..', 'examples', `${template.id}.itcase.yaml`),
        'utf8',
      );
      expect(file).toBe(template.text);
    });
  }
});

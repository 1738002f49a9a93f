import { describe, expect, it } from 'vitest';
import { looksLikeCase } from '../../src/core/recognise';
import { caseTemplates } from '../../src/core/templates';

describe('a case is recognised by its content', () => {
  it('recognises every template', () => {
    for (const template of caseTemplates) expect(looksLikeCase(template.text)).toBe(true);
  });

  it('needs the version line at the top level', () => {
    expect(looksLikeCase('# notes\nitcase: 1 # format\ntitle: x\n')).toBe(true);
    expect(looksLikeCase('  itcase: 1\n')).toBe(false);
    expect(looksLikeCase('itcase: 2\n')).toBe(false);
    expect(looksLikeCase('name: itcase: 1\n')).toBe(false);
  });
});

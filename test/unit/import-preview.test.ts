import { fingerprintOf } from '../../src/interchange/apply/import.service.ts';
import { previewText } from '../../src/interchange/apply/preview.ts';
import { locateQuote } from '../../src/lib/text-quote.ts';

describe('import preview text', () => {
  it('shows inserts with their fields, updates old → new, and deletions by key', () => {
    const text = previewText({
      changes: [
        {
          entity: 'article',
          key: 'article kp-x 2020 1',
          action: 'insert',
          fields: [{ field: 'heading', old: null, new: 'Purpose' }],
        },
        {
          entity: 'law',
          key: 'law kp-x',
          action: 'update',
          fields: [
            { field: 'aliases', old: ['X (en)'], new: [] },
            { field: 'title_ko', old: '법', new: null },
          ],
        },
      ],
      deletions: [{ entity: 'article', key: 'article kp-x 2020 2', action: 'delete', fields: [] }],
      omitted: 3,
    });
    expect(text).toBe(
      [
        'Changes:',
        '  + article kp-x 2020 1',
        '      heading: "Purpose"',
        '  ~ law kp-x',
        '      aliases: [X (en)] → []',
        '      title_ko: "법" → null',
        '  … and 3 more inserted or updated records (counted above)',
        '  - article kp-x 2020 2',
        '',
      ].join('\n'),
    );
  });

  it('shows only the part of two long texts that changed, with some context', () => {
    const before = `${'a'.repeat(400)} the old words ${'z'.repeat(400)}`;
    const after = `${'a'.repeat(400)} the new words ${'z'.repeat(400)}`;
    const text = previewText({
      changes: [
        { entity: 'law', key: 'law kp-x', action: 'update', fields: [{ field: 'summary', old: before, new: after }] },
      ],
      deletions: [],
      omitted: 0,
    });
    const line = text.split('\n')[2]!;
    expect(line).toContain('the old words');
    expect(line).toContain('the new words');
    expect(line.length).toBeLessThan(300);
    expect(line).toMatch(/^ {6}summary: "…a+ the old words z+…" → "…a+ the new words z+…"$/);
  });

  it('names a set of deletions by what it holds, not by its order', () => {
    const a = { entity: 'article', key: 'article kp-x 2020 1', action: 'delete' as const, fields: [] };
    const b = { entity: 'article', key: 'article kp-x 2020 2', action: 'delete' as const, fields: [] };
    expect(fingerprintOf([a, b])).toBe(fingerprintOf([b, a]));
    expect(fingerprintOf([a])).not.toBe(fingerprintOf([a, b]));
    expect(fingerprintOf([])).toBeNull();
  });
});

describe('locateQuote with a changed context', () => {
  it('prefers the occurrence whose surroundings agree longest, even when neither agrees in full', () => {
    const text = 'Article 60 was cited first. Later, under Article 60 of the code, two men were sentenced.';
    expect(
      locateQuote(text, { exact: 'Article 60', prefix: 'Later, unter ', suffix: ' of the code, two men were' }),
    ).toEqual({ start: 41, end: 51 });
    expect(locateQuote(text, { exact: 'Article 60' }, (start) => start === 0)).toEqual({ start: 41, end: 51 });
  });
});

import { restoreFormula } from '../../lib/csv.ts';
import type { CsvColumn } from './csv-tables.ts';

/** One CSV cell ↔ one import-record value. A blank cell is null (or the schema's default). */
export type CellValue = string | number | boolean | string[] | null | undefined;

/** `a|b`: a `|` or `\` inside an item is written `\|` or `\\`. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/[\\|]/g, (c) => `\\${c}`)).join('|');
}

export function splitList(cell: string): string[] {
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && (cell[i + 1] === '|' || cell[i + 1] === '\\')) {
      item += cell[i + 1];
      i++;
    } else if (c === '|') {
      items.push(item.trim());
      item = '';
    } else {
      item += c;
    }
  }
  items.push(item.trim());
  return items;
}

const wholeNumber = /^\s*\d+\s*$/;
const decimal = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/;

export function readCell(column: CsvColumn, raw: string): { value: CellValue } | { error: string } {
  const cell = restoreFormula(raw);
  if (cell.trim() === '') {
    if (column.required) return { error: 'must not be empty' };
    if (column.type === 'list') return { value: [] };
    return { value: column.blankIsDefault ? undefined : null };
  }
  switch (column.type) {
    case 'list':
      return { value: splitList(cell) };
    case 'int':
      return wholeNumber.test(cell) ? { value: Number(cell) } : { error: 'must be a whole number' };
    case 'months':
      return wholeNumber.test(cell) ? { value: Number(cell) } : { error: 'must be a whole number of months' };
    case 'number':
      return decimal.test(cell) ? { value: Number(cell) } : { error: 'must be a number such as 0.95' };
    case 'boolean':
      return /^\s*(true|false)\s*$/i.test(cell)
        ? { value: cell.trim().toLowerCase() === 'true' }
        : { error: 'must be true or false' };
    default:
      return { value: cell };
  }
}

/** A stored value as cell text; formatCsv guards it against formulas. */
export function writeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return joinList(value as string[]);
  return String(value);
}

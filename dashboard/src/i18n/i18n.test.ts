import { ar } from './ar';
import { en } from './en';
import { fa } from './fa';
import { ru } from './ru';

function keys(texts: object, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}

function valueAt(texts: object, key: string): string {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts) as string;
}

describe('translations', () => {
  const english = keys(en).sort();

  it.each([
    ['fa', fa],
    ['ar', ar],
    ['ru', ru],
  ])('%s has every English text, no other, none empty, with the same placeholders', (_, texts) => {
    expect(keys(texts).sort()).toEqual(english);
    for (const key of english) {
      expect(valueAt(texts, key).trim(), key).not.toBe('');
      expect(placeholders(valueAt(texts, key)), key).toEqual(placeholders(valueAt(en, key)));
    }
  });
});

import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { rawCatalogs } from '@/lib/i18n/messages';
import { locales } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/translator';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Each argument a message uses, with its kind: a translation must ask for the same values. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument) found.add(`${e.value}:text`);
      else if (e.type === TYPE.number) found.add(`${e.value}:number`);
      else if (e.type === TYPE.date || e.type === TYPE.time) found.add(`${e.value}:date`);
      else if (e.type === TYPE.plural) {
        found.add(`${e.value}:plural`);
        for (const option of Object.values(e.options)) walk(option.value);
      } else if (e.type === TYPE.select) {
        found.add(`${e.value}:select`);
        for (const option of Object.values(e.options)) walk(option.value);
      } else if (e.type === TYPE.tag) walk(e.children);
    }
  };
  walk(parse(message));
  return [...found].sort();
}

const english = flatten(rawCatalogs.en);
const complete = ['fr', 'es', 'ko'] as const;

describe('message catalogs', () => {
  it.each(complete)('%s has every English key and no other', (locale) => {
    const keys = [...flatten(rawCatalogs[locale]).keys()].sort();
    expect(keys).toEqual([...english.keys()].sort());
  });

  it.each(locales)('%s messages parse and ask for the same arguments as English', (locale) => {
    for (const [key, message] of flatten(rawCatalogs[locale])) {
      const source = english.get(key);
      expect(source, `${locale}: ${key} is not an English key`).toBeDefined();
      expect(argumentsOf(message), `${locale}: ${key}`).toEqual(argumentsOf(source!));
    }
  });

  it('fills a partial catalog from English, key by key', () => {
    const t = translatorFor('ar', 'letter');
    expect(t('signHeading')).toBe('وقّع هذه الرسالة');
    expect(t('seeChanges')).toBe('See what changed');
  });

  it('writes counts with each language’s plural rules', () => {
    expect(translatorFor('fr', 'summary')('organizations', { count: 1 })).toBe('1 organisation');
    expect(translatorFor('fr', 'summary')('organizations', { count: 1234 })).toBe('1\u202f234 organisations');
    expect(translatorFor('ko', 'summary')('individuals', { count: 45 })).toBe('개인 45명');
    expect(translatorFor('ar', 'summary')('organizations', { count: 2 })).toBe('منظمتان');
  });
});

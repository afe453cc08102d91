// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { translations } from './translations.ts';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      result.set(path, value);
    } else {
      for (const [inner, text] of flatten(value, path)) {
        result.set(inner, text);
      }
    }
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const dutch = flatten(translations.nl as Tree);
  const english = flatten(translations.en as Tree);

  it('have the same keys in Dutch and English', () => {
    const onlyDutch = [...dutch.keys()].filter((key) => !english.has(key));
    const onlyEnglish = [...english.keys()].filter((key) => !dutch.has(key));
    expect({ onlyDutch, onlyEnglish }).toEqual({ onlyDutch: [], onlyEnglish: [] });
  });

  it('use the same placeholders in both languages', () => {
    const mismatches = [...dutch.entries()]
      .filter(([key, text]) => english.has(key) && placeholders(text).join() !== placeholders(english.get(key) ?? '').join())
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it('have no empty texts', () => {
    const empty = [...dutch.entries(), ...english.entries()].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

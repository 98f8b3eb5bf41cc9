import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { removeChrome } from '../src/clean/chrome.js';
import { normalizeCharacters } from '../src/clean/normalize.js';
import { builtInRuleFiles, isPhrase, isPhraseList, isRecord, isString, isStringList, loadRules, RulesError, section } from '../src/rules/load.js';
import { tempDir } from './support/temp-dir.js';

let root: string;
const file = (name: string, text: string): string => {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
};

beforeAll(() => {
  root = tempDir('rules');
});

describe('built-in rules', () => {
  it('every *.yaml file of src/rules is a built-in file, in sorted order', () => {
    const names = builtInRuleFiles().map((path) => basename(path));
    expect(names).toContain('chrome.yaml');
    expect(names.every((name) => name.endsWith('.yaml'))).toBe(true);
    expect(names).toEqual([...names].sort());
  });

  it('load, with their sections as lists', () => {
    const rules = loadRules();
    expect(section(rules, 'chromeLines', isString)).toContain('Press Releases');
    expect(section(rules, 'footerStarts', isString).length).toBeGreaterThan(0);
    for (const entries of Object.values(rules)) expect(Array.isArray(entries)).toBe(true);
  });

  it('are read once: the same list of files gives the same object', () => {
    expect(loadRules()).toBe(loadRules([]));
  });
});

describe('user rule files', () => {
  it('add entries after the built-in ones of the same section', () => {
    const path = file('extra.yaml', 'chromeLines:\n  - Related Sites\n  - Quick Menu\n');
    const builtIn = section(loadRules(), 'chromeLines', isString);
    const merged = section(loadRules([path]), 'chromeLines', isString);
    expect(merged).toEqual([...builtIn, 'Related Sites', 'Quick Menu']);
  });

  it('may add a new section', () => {
    const path = file('new-section.yaml', 'myWords:\n  - spectrum\n');
    expect(loadRules([path]).myWords).toEqual(['spectrum']);
  });

  it('do not change the built-in rules', () => {
    const before = [...section(loadRules(), 'chromeLines', isString)];
    loadRules([file('more.yaml', 'chromeLines:\n  - Another Menu\n')]);
    expect(section(loadRules(), 'chromeLines', isString)).toEqual(before);
  });

  it('an empty file adds nothing', () => {
    const path = file('empty.yaml', '# nothing yet\n');
    expect(loadRules([path])).toEqual(loadRules());
  });

  it('take effect: a user chrome line is removed from the page', () => {
    const path = file('chrome-extra.yaml', 'chromeLines:\n  - Quick Menu\n');
    const input = 'Quick Menu\nThe KCC met on Friday.\n';
    expect(removeChrome(normalizeCharacters(input), loadRules()).body.text).toBe(input);
    expect(removeChrome(normalizeCharacters(input), loadRules([path])).body.text).toBe('The KCC met on Friday.\n');
  });
});

describe('bad rule files: a RulesError naming the file', () => {
  it.each([
    ['malformed YAML', 'bad-yaml.yaml', 'chromeLines:\n  - [unclosed\n', 'cannot read rules'],
    ['a section that is no list', 'not-list.yaml', 'chromeLines: Quick Menu\n', 'section "chromeLines" must be a list'],
    ['a section that is a mapping', 'mapping.yaml', 'chromeLines:\n  menu: Quick Menu\n', 'section "chromeLines" must be a list'],
    ['a top-level list', 'top-list.yaml', '- Quick Menu\n- Related Sites\n', 'a rules file is a mapping of section names to lists'],
    ['a top-level string', 'top-string.yaml', 'just words\n', 'a rules file is a mapping of section names to lists'],
    [
      'a comma inside an unquoted value of a {...} entry',
      'comma.yaml',
      'organizations:\n  - {name: Ministry of Culture, Sports and Tourism, kind: ministry}\n',
      'section "organizations": "Sports and Tourism" is cut from the value before it',
    ],
  ])('%s', (_, name, text, message) => {
    const path = file(name, text);
    let error: unknown;
    try {
      loadRules([path]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RulesError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toContain(message);
  });

  it('a missing file', () => {
    const path = join(root, 'missing.yaml');
    expect(() => loadRules([path])).toThrow(RulesError);
    expect(() => loadRules([path])).toThrow(path);
  });

  it('a malformed entry is reported by the section that reads it', () => {
    const rules = loadRules([file('bad-entry.yaml', 'chromeLines:\n  - 42\n')]);
    expect(() => section(rules, 'chromeLines', isString)).toThrow(RulesError);
    expect(() => section(rules, 'chromeLines', isString)).toThrow('rules section "chromeLines": malformed entry 42');
  });

  it('a section nobody wrote is empty', () => {
    expect(section(loadRules(), 'noSuchSection', isString)).toEqual([]);
  });
});

describe('checks of rule entries', () => {
  it.each([
    ['a mapping', isRecord, { name: 'KCC' }, true],
    ['a list is no mapping', isRecord, ['KCC'], false],
    ['null is no mapping', isRecord, null, false],
    ['any string', isString, '', true],
    ['a number is no string', isString, 7, false],
    ['a list of strings, blank ones too', isStringList, ['KCC', ''], true],
    ['a list holding a number', isStringList, ['KCC', 7], false],
    ['a phrase', isPhrase, 'press release', true],
    ['spaces are no phrase', isPhrase, '  ', false],
    ['a list of phrases', isPhraseList, ['June', 'Jun'], true],
    ['a list with a blank entry', isPhraseList, ['June', ''], false],
  ] as const)('%s', (_name, check, value, expected) => {
    expect(check(value)).toBe(expected);
  });
});

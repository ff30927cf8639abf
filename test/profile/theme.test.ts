import {expect} from '@open-wc/testing';
import type {Theme} from '../../src/profile/profile.js';
import {darkProperties, themeProperties} from '../../src/profile/theme.js';

const asObject = (properties: Map<string, string>) => Object.fromEntries(properties);

describe('theme', () => {
  it('turns the colours, fonts and radius into --employer-* properties', () => {
    expect(asObject(themeProperties({colors: {primary: '#004d40', text: '#111'}, radius: '0'}))).to.deep.equal({
      '--employer-color-primary': '#004d40',
      '--employer-color-text': '#111',
      '--employer-radius': '0',
      '--employer-color-scheme': 'light',
    });
    expect(asObject(themeProperties(undefined))).to.deep.equal({});
  });

  const cases: Array<[string, Theme | undefined, Record<string, string>]> = [
    ['no theme', undefined, {}],
    ['a light theme, even with a dark palette', {colorScheme: 'light', dark: {colors: {text: '#fff'}}}, {}],
    ['"light dark" and no palette of its own: the computed one, the brand colour lightened', {colorScheme: 'light dark', colors: {primary: '#004d40'}}, {
      '--employer-color-primary': 'color-mix(in srgb, #004d40 30%, white)',
      '--employer-color-on-primary': '#17141a',
      '--employer-color-text': '#f3eff5',
      '--employer-color-background': '#17141a',
    }],
    ['"light dark" with a palette of its own, over the computed one', {colorScheme: 'light dark', colors: {primary: '#004d40'}, dark: {colors: {primary: '#80cbc4', background: '#000000', accent: '#ffab91'}}}, {
      '--employer-color-primary': '#80cbc4',
      '--employer-color-background': '#000000',
      '--employer-color-accent': '#ffab91',
      '--employer-color-text': '#f3eff5',
      '--employer-color-scheme': 'dark',
    }],
  ];
  for (const [what, theme, expected] of cases) {
    it(`gives dark-mode properties for ${what}`, () => {
      const dark = asObject(darkProperties(theme));
      if (!Object.keys(expected).length) return void expect(dark).to.deep.equal({});
      for (const [name, value] of Object.entries(expected)) expect(dark[name], name).to.equal(value);
    });
  }
});

import type {Theme} from '../profile/profile.js';
import {darkProperties, themeProperties} from '../profile/theme.js';

/**
 * Characters a validated theme value may hold (colours, `color-mix()`, font
 * lists, lengths). Anything else (`;`, braces, `<`, backslashes, comments)
 * drops the value, so no text can leave its declaration or the `<style>`.
 */
const SAFE_VALUE = /^[\w\s#%().,'"+\-]*$/;

function declarations(properties: Map<string, string>): string {
  return [...properties]
    .filter(([, value]) => SAFE_VALUE.test(value))
    .map(([name, value]) => `${name}:${value};`)
    .join('');
}

/**
 * The theme as the CSS text that `ThemeSheet` builds in the browser through
 * the CSSOM: `:host{--employer-…}` and the dark tokens under
 * `prefers-color-scheme: dark`. For a server render, where the shadow root
 * can only hold a `<style>`. Empty when the theme sets nothing.
 */
export function themeCss(theme: Theme | undefined): string {
  const light = declarations(themeProperties(theme));
  const dark = declarations(darkProperties(theme));
  return (light ? `:host{${light}}` : '') + (dark ? `@media (prefers-color-scheme: dark){:host{${dark}}}` : '');
}

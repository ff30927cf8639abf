/** The embed code the studio offers: the one script tag and the element for this profile. */

/**
 * HTML that puts the microsite on a page.
 *
 * @param scriptUrl Where `employer-widgets.js` is served (absolute).
 * @param profileUrl Where the downloaded profile will be served (the file name, by default beside the page).
 */
export function embedCode(scriptUrl: string, profileUrl: string): string {
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    `<script type="module" src="${attribute(scriptUrl)}"></script>`,
    `<employer-microsite src="${attribute(profileUrl)}"></employer-microsite>`,
  ].join('\n');
}

/**
 * Whether `url` can be reached only from this computer (`localhost`, a
 * loopback address, a file): true while the studio runs from `npm start`,
 * when the embed code's script address will not work on a web site.
 */
export function isLocalAddress(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'file:') return true;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0';
}

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

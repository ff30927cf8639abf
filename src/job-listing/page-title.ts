/**
 * `document.title` while job views are shown. Each shown view claims the
 * title, the latest claim wins, and when the last claim goes the page's own
 * title comes back: the one it had before, or the one the host page gave it
 * since.
 */
export class PageTitle {
  private static readonly claims: PageTitle[] = [];
  /** The page's own title. */
  private static own = '';
  /** What we last wrote into `document.title`, while a claim holds it. */
  private static written?: string;

  private text = '';

  /** Names the page `text` while this view is shown, or gives the title back for `undefined`. */
  set(text: string | undefined): void {
    const claims = PageTitle.claims;
    const index = claims.indexOf(this);
    if (text === undefined) {
      if (index < 0) return;
      claims.splice(index, 1);
    } else {
      if (index >= 0 && this.text === text) return;
      if (index < 0) claims.push(this);
      this.text = text;
    }
    PageTitle.apply();
  }

  private static apply(): void {
    // Not what we wrote: the host page named itself meanwhile, and that is its own title now.
    if (document.title !== PageTitle.written) PageTitle.own = document.title;
    const latest = PageTitle.claims.at(-1);
    document.title = latest ? latest.text : PageTitle.own;
    PageTitle.written = latest ? document.title : undefined;
  }
}

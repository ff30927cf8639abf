import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';

/** A plain left click, which the page handles in place; others (new tab, new window) follow the link. */
export const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** A job's own address (this page with `job=<id>`, other parameters kept), or the list's (`null`). */
export function jobHref(id: string | null): string {
  const url = new URL(location.href);
  if (id === null) url.searchParams.delete('job');
  else url.searchParams.set('job', id);
  url.hash = '';
  return `${url.pathname}${url.search}`;
}

/**
 * The `?job=<id>` part of the page's address: which job is shown on its own,
 * kept in step with links, Back and Forward, and where focus and scroll go
 * when the view changes.
 */
export class JobAddressController implements ReactiveController {
  /** The job named by the address, or null for the list. */
  jobId: string | null = null;
  /** Set when the view changed, for `moveFocus()` after rendering. */
  private pendingFocus?: 'heading' | 'row';
  /** The job whose view was left: focus returns to its row link. */
  private returnTo?: string;
  /** Where the list was scrolled when a job was opened from it. */
  private listScroll = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called with the address's parameters on every read (for `url-state`). */
    private readonly onRead: (params: URLSearchParams) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A server render has no address: the list, or the job named by the listing's `job`.
    if (isServer) return;
    window.addEventListener('popstate', this.read);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.read);
  }

  /** Shows the job at `href` (a job link of the list) and adds it to history. */
  open(href: string): void {
    this.listScroll = window.scrollY;
    const id = new URL(href, location.href).searchParams.get('job');
    history.pushState({...history.state, employerJob: id}, '', href);
    this.read();
  }

  /** Back to the list: through history when the list came before, so Back and the link agree. */
  back(): void {
    if (history.state?.employerJob === this.jobId) history.back();
    else {
      history.pushState(history.state, '', jobHref(null));
      this.read();
    }
  }

  /**
   * After the view changed and rendered: focus the job's heading (scrolling
   * the host to it when it sits out of view), or back on the list, restore
   * the scroll and focus the row link of the job that was left.
   */
  moveFocus(root: ShadowRoot): void {
    const focus = this.pendingFocus;
    if (!focus) return;
    this.pendingFocus = undefined;
    if (focus === 'heading') {
      const heading = root.getElementById('job-heading');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus({preventScroll: true});
      // A job opened from the address may sit far down the host page: bring it into view.
      const {top} = heading.getBoundingClientRect();
      if (top < 0 || top > window.innerHeight * 0.8) this.host.scrollIntoView({block: 'start'});
    } else {
      window.scrollTo({top: this.listScroll});
      const link = [...root.querySelectorAll<HTMLAnchorElement>('[part~="job-link"]')].find(
        (a) => new URL(a.href).searchParams.get('job') === this.returnTo,
      );
      link?.focus({preventScroll: true});
    }
  }

  private readonly read = () => {
    const params = new URLSearchParams(location.search);
    const id = params.get('job');
    if (this.jobId !== null && id === null) {
      this.returnTo = this.jobId;
      this.pendingFocus = 'row';
    } else if (id !== null && id !== this.jobId) {
      this.pendingFocus = 'heading';
    }
    this.jobId = id;
    this.onRead(params);
    this.host.requestUpdate();
  };
}

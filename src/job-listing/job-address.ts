import type {ReactiveController, ReactiveControllerHost} from 'lit';

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
  /** Set when the view changed, for the host to move focus after rendering. */
  pendingFocus?: 'heading' | 'row';
  /** The job whose view was left: focus returns to its row link. */
  returnTo?: string;
  /** Where the list was scrolled when a job was opened from it. */
  listScroll = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called with the address's parameters on every read (for `url-state`). */
    private readonly onRead: (params: URLSearchParams) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
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

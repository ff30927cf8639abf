import {isServer, type ReactiveController, type ReactiveControllerHost} from 'lit';

/** A plain left click, which the page handles in place; others (new tab, new window) follow the link. */
export const isPlainClick = (event: MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A job's own address (this page with `<param>=<id>`, other parameters kept),
 * or the list's (`id` null: the page without `param`).
 */
export function jobHref(param: string, id: string | null): string {
  const url = new URL(location.href);
  if (id === null) url.searchParams.delete(param);
  else url.searchParams.set(param, id);
  url.hash = '';
  return `${url.pathname}${url.search}`;
}

/** What a listing tells its address controller. */
export interface JobAddressHost extends ReactiveControllerHost, HTMLElement {
  /** The query parameter that names the listing's job (`job` by default). */
  readonly param: string;
}

/** The controllers of the listings on the page, to settle who answers an id that several read. */
const readers = new Set<JobAddressController>();

/** After a listing changed the address itself (no `popstate`): every listing reads it, and draws its links anew. */
function readAll(): void {
  for (const reader of readers) reader.read();
}

/**
 * The `?<param>=<id>` part of the page's address: which job is shown on its
 * own, kept in step with links, Back and Forward, and where focus and scroll
 * go when the view changes.
 *
 * Several listings may read the same parameter: the one whose feed has the
 * job shows it and the others keep their lists; when none has it, the first
 * on the page says so.
 */
export class JobAddressController implements ReactiveController {
  /** The job named by the address, or null for the list. */
  jobId: string | null = null;
  /** The job whose view was shown at the last `moveFocus()`, or null for the list. */
  private shown: string | null = null;
  /** Where the list was scrolled when a job was opened from it. */
  private listScroll = 0;

  constructor(
    private readonly host: JobAddressHost,
    /** Called with the address's parameters on every read (for `url-state`). */
    private readonly onRead: (params: URLSearchParams) => void,
    /** Whether the host's jobs hold `id`: true, false, or undefined while its feed loads. */
    private readonly has: (id: string) => boolean | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A server render has no address: the list, or the job named by the listing's `job`.
    if (isServer) return;
    readers.add(this);
    window.addEventListener('popstate', this.read);
    this.read();
    this.tellOthers();
  }

  hostDisconnected(): void {
    readers.delete(this);
    window.removeEventListener('popstate', this.read);
    this.tellOthers();
  }

  /** Shows the job at `href` (a job link of the list) and adds it to history. */
  open(href: string): void {
    this.listScroll = window.scrollY;
    const param = this.host.param;
    const id = new URL(href, location.href).searchParams.get(param);
    // The address as it is now, with the job: another listing may have changed it since the link was drawn.
    history.pushState({...history.state, employerJob: {param, id}}, '', jobHref(param, id));
    readAll();
  }

  /** Back to the list: through history when the list came before, so Back and the link agree. */
  back(): void {
    const pushed = history.state?.employerJob;
    if (pushed?.param === this.host.param && pushed.id === this.jobId) history.back();
    else {
      // The new entry is no job's: Back from it must not be taken for the way to this list.
      const {employerJob: _pushed, ...state} = history.state ?? {};
      history.pushState(state, '', jobHref(this.host.param, null));
      readAll();
    }
  }

  /**
   * Whether this listing answers "Job not found" for `id`, which its jobs lack:
   * not while another listing reading the same parameter has the job or is
   * still loading, and of several that lack it, only the first on the page.
   */
  answersMissing(id: string): boolean {
    const others = [...readers].filter((other) => other !== this && other.host.param === this.host.param);
    if (others.some((other) => other.has(id) !== false)) return false;
    return others.every((other) => this.host.compareDocumentPosition(other.host) & Node.DOCUMENT_POSITION_FOLLOWING);
  }

  /** The host's jobs changed: the other listings reading its parameter may answer differently now. */
  tellOthers(): void {
    for (const other of readers) {
      if (other !== this && other.host.param === this.host.param) other.host.requestUpdate();
    }
  }

  /**
   * After the host rendered with `shown` (the id of the job view it shows, or
   * null for the list): on a new job view, focus its heading (scrolling the
   * host to it when it sits out of view); back on the list, restore the
   * scroll and focus the row link of the job that was left. Without `move`,
   * only notes `shown` (the view a pre-rendered page arrived with).
   */
  moveFocus(root: ShadowRoot, shown: string | null, move = true): void {
    const left = this.shown;
    this.shown = shown;
    if (shown === left || !move) return;
    if (shown !== null) {
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
        (a) => new URL(a.href).searchParams.get(this.host.param) === left,
      );
      link?.focus({preventScroll: true});
    }
  }

  /** Reads the address again (the page's own navigation, or a new `param`). */
  readonly read = () => {
    const params = new URLSearchParams(location.search);
    this.jobId = params.get(this.host.param);
    this.onRead(params);
    this.host.requestUpdate();
  };
}

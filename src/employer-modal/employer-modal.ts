import {html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {pieceById} from '../profile/piece-index.js';
import type {EmployerProfile} from '../profile/profile.js';
import {renderBlocks} from '../rich-text/render-blocks.js';
import {define} from '../shared/define.js';
import {hashId} from '../shared/deep-link.js';
import {emit} from '../shared/emit.js';
import {LazyProfileConsumer} from '../profile-consumer/lazy-profile-consumer.js';
import {lockScroll, unlockScroll} from '../shared/scroll-lock.js';
import {modalStyles} from './employer-modal.styles.js';

/** Detail of `employer-modal-open` and `employer-modal-close`. */
export interface EmployerModalDetail {
  /** The modal's id in the profile. */
  readonly modal: string;
}

/**
 * A button that opens one of the profile's modals (Location, Benefits…) in
 * a native `<dialog>` opened with `showModal()`: a backdrop, focus moved into
 * the dialog and back to the button on close, Escape and a click on the
 * backdrop close it, and the page does not scroll behind it.
 *
 * The page's address follows: opening sets `#<modal-id>` and closing restores
 * the address, both without adding history entries, and a page loaded at
 * `#<modal-id>` opens the modal.
 *
 * Only the button is built with the page: the dialog's content is built the
 * first time it opens. A server-rendered modal that already holds its
 * content keeps it.
 *
 * @tag employer-modal
 * @summary A trigger button and a modal dialog with one profile modal's content.
 *
 * @csspart trigger - The button that opens the modal.
 * @csspart dialog - The `<dialog>`.
 * @csspart base - The `<dialog>` again: it carries both parts, `dialog` and `base`.
 * @csspart title - The modal heading.
 * @csspart close-button - The button that closes the modal.
 * @csspart body - The scrolling content of the modal.
 * @csspart card - Each card of a cards block.
 * @csspart map-link - The map link of an address.
 * @csspart error - The message shown when the modal cannot be shown.
 *
 * @cssprop --employer-modal-width - Width of the dialog (default 48rem).
 * @cssprop --employer-modal-backdrop - Backdrop colour.
 * @cssprop --employer-modal-trigger-background - Trigger background.
 * @cssprop --employer-modal-trigger-color - Trigger text colour.
 * @cssprop --employer-color-primary - Trigger border and text (default from the profile theme).
 * @cssprop --employer-color-on-primary - Trigger text on hover.
 * @cssprop --employer-color-background - Dialog background.
 * @cssprop --employer-color-text - Dialog text.
 * @cssprop --employer-color-border - Dividers and the close button border.
 * @cssprop --employer-radius - Corner radius.
 *
 * @fires {CustomEvent<EmployerModalDetail>} employer-modal-open - The modal opened. Detail: `{modal}`, its id.
 * @fires {CustomEvent<EmployerModalDetail>} employer-modal-close - The modal closed. Detail: `{modal}`, its id.
 */
export class EmployerModal extends LazyProfileConsumer {
  static override styles = modalStyles;

  // Declared here rather than with decorators, as every element of ours: their code would be one more thing to load.
  static override properties: PropertyDeclarations = {
    modal: {reflect: true},
    open: {type: Boolean, reflect: true},
  };

  /** Id of the modal in the profile (`modals[].id`). */
  modal = '';

  /** Whether the dialog is open. Reflected; set it, or call `show()` / `close()`. */
  get open(): boolean {
    return this.isOpen;
  }
  set open(value: boolean) {
    // Escape closed the dialog, and its `close` event is
    // still to come: finish that close now, so the event cannot undo this opening.
    if (value) this.settleNativeClose();
    this.isOpen = value;
  }

  private get dialog(): HTMLDialogElement | null | undefined {
    return this.renderRoot?.querySelector('dialog');
  }

  private get trigger(): HTMLButtonElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLButtonElement>('[part~="trigger"]');
  }

  private isOpen = false;
  /**
   * True from `showModal()` until the close is finished on our side: while it
   * is true this element holds exactly one scroll lock and the address.
   */
  private shown = false;
  private hashBefore = '';
  private deepLinkChecked = false;
  /** Whether the dialog's content is built: from the first opening on. */
  private built = isServer;
  /**
   * Pre-rendered, the button opens the dialog through its invoker command
   * until hydration, which waits until someone reaches for the button (its
   * body may hold dates, whose first formatting costs a page's main thread
   * tens of milliseconds), unless the modal is to open at once.
   */
  protected override hydrateWhen(): 'reached' {
    return 'reached';
  }

  override connectedCallback(): void {
    // Pre-rendered (declarative shadow DOM) with its content: keep it, so hydration matches.
    this.built ||= !!this.shadowRoot?.querySelector('[part~="body"]');
    super.connectedCallback();
    if (!isServer) window.addEventListener('hashchange', this.handleHashChange);
  }

  protected override neededNow(): boolean {
    return this.open || hashId() === this.modal;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    if (this.shown) this.finishClose(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A page loaded at #<modal-id> opens the modal once it has content.
    if (!isServer && !this.deepLinkChecked && this.current?.modals.some((modal) => modal.id === this.modal)) {
      this.deepLinkChecked = true;
      if (hashId() === this.modal) this.open = true;
    }
    if (this.open) this.built = true;
  }

  protected override firstUpdated(): void {
    // Hydrated: the scripts' handlers replace the popover fallback, which would otherwise
    // tell assistive technology the button's popover is collapsed while the modal is open.
    for (const invoker of this.renderRoot.querySelectorAll('[popovertarget]')) {
      invoker.removeAttribute('popovertarget');
      invoker.removeAttribute('popovertargetaction');
    }
    this.dialog?.removeAttribute('popover');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.shown && !dialog.open) {
      // Closed natively and not yet reported: the person's close wins over a re-render.
      this.finishClose(true);
    } else if (this.open && !dialog.open && this.isConnected) {
      dialog.showModal();
      this.shown = true;
      lockScroll();
      this.hashBefore = location.hash;
      if (hashId() !== this.modal) this.replaceHash(`#${this.modal}`);
      emit(this, 'employer-modal-open', {modal: this.modal});
    } else if (!this.open && dialog.open) {
      // The bookkeeping is done here and now, not on the dialog's `close` event,
      // which comes a task later: a `show()` in between would be undone by it.
      dialog.close();
      if (this.shown) this.finishClose(true);
    }
  }

  /** Opens the modal. */
  show(): void {
    this.open = true;
  }

  /** Closes the modal and returns focus to its button. */
  close(): void {
    this.open = false;
  }

  /** Re-rendered only when its own modal, the language or the labels change. */
  protected override partsOf(profile: EmployerProfile): readonly unknown[] {
    return [pieceById(profile.modals, this.modal), profile.locale, profile.labels];
  }

  protected override renderProfile(profile: EmployerProfile): TemplateResult {
    const found = pieceById(profile.modals, this.modal);
    if (!found) return this.renderProblem(`No modal "${this.modal}" in the profile.`);
    // On a server-rendered page with scripts off, the invoker commands (commandfor/command) open
    // and close the dialog as a modal; where the browser has popovers but no commands (Firefox
    // 125–143, Safari 17–26.1), popovertarget opens it as a popover instead: a command, where
    // there is one, wins over popovertarget. With scripts, the click handlers take over, and
    // the popover attributes, written by the server only, go once hydrated (firstUpdated).
    return html`<button
        part="trigger"
        type="button"
        aria-haspopup="dialog"
        commandfor="dialog"
        command="show-modal"
        popovertarget=${isServer ? 'dialog' : nothing}
        @click=${this.handleTriggerClick}
      >${found.button}</button>
      <dialog
        id="dialog"
        part="dialog base"
        aria-labelledby="title"
        popover=${isServer ? 'auto' : nothing}
        lang=${profile.locale}
        @close=${this.handleDialogClose}
        @click=${this.handleDialogClick}
      >
        ${this.built ? this.renderPanel(found, profile) : nothing}
      </dialog>`;
  }

  private renderPanel(found: EmployerProfile['modals'][number], profile: EmployerProfile): TemplateResult {
    const labels = this.labels;
    return html`<div class="panel">
      <header>
        <h2 id="title" part="title">${found.title}</h2>
        <button part="close-button" type="button" aria-label=${labels.close} commandfor="dialog" command="close"
          popovertarget=${isServer ? 'dialog' : nothing} popovertargetaction=${isServer ? 'hide' : nothing} @click=${this.handleCloseClick}>
          <span class="close-icon" aria-hidden="true">×</span>
        </button>
      </header>
      <div part="body">${renderBlocks(found.body, {level: 3, locale: profile.locale, labels})}</div>
    </div>`;
  }

  /** Opens through `show()`, so the scroll lock, address and event follow; the command does nothing more. */
  private handleTriggerClick(event: MouseEvent): void {
    event.preventDefault();
    this.show();
  }

  private handleCloseClick(event: MouseEvent): void {
    event.preventDefault();
    this.close();
  }

  /**
   * The native dialog's `close` event. It comes a task after the dialog
   * closed, so it may be stale: ours were finished when `close()` ran, and a
   * dialog shown again since is open. Only a close of the browser's own
   * (Escape) is left to finish.
   */
  private handleDialogClose(): void {
    this.settleNativeClose();
  }

  /** Finishes a close the browser made (Escape), whose `close` event has not come yet. */
  private settleNativeClose(): void {
    if (this.shown && this.dialog && !this.dialog.open) this.finishClose(true);
  }

  private finishClose(returnFocus: boolean): void {
    this.shown = false;
    this.open = false;
    unlockScroll();
    if (hashId() === this.modal) {
      this.replaceHash(this.hashBefore === `#${this.modal}` ? '' : this.hashBefore);
    }
    if (returnFocus) this.trigger?.focus();
    emit(this, 'employer-modal-close', {modal: this.modal});
  }

  /** A click on the backdrop lands on the dialog itself: the panel fills the rest. */
  private handleDialogClick(event: MouseEvent): void {
    if (event.target === this.dialog) this.close();
  }

  private readonly handleHashChange = () => {
    if (hashId() === this.modal && !this.open) this.show();
  };

  private replaceHash(hash: string): void {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }
}

define('employer-modal', EmployerModal);

/** The events of `<employer-modal>`, by name. */
export interface EmployerModalEventMap {
  'employer-modal-open': CustomEvent<EmployerModalDetail>;
  'employer-modal-close': CustomEvent<EmployerModalDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'employer-modal': EmployerModal;
  }
  interface HTMLElementEventMap extends EmployerModalEventMap {}
  // The events bubble out of shadow roots (composed): a host may listen on the document or window.
  interface DocumentEventMap extends EmployerModalEventMap {}
  interface WindowEventMap extends EmployerModalEventMap {}
}

import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html} from 'lit';
import {sendKeys} from '@web/test-runner-commands';
import '../src/job-listing/job-listing.js';
import type {JobListing} from '../src/job-listing/job-listing.js';
import {until} from './helpers.js';

const SAMPLE = '/demo/jobs.sample.json';
const GREENHOUSE = '/test/fixtures/feeds/greenhouse.json';
const $ = <T extends Element = HTMLElement>(el: JobListing, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: JobListing, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const links = (el: JobListing) => $$(el, '[part~="job-link"]') as HTMLAnchorElement[];
const heading = (el: JobListing) => $(el, '[part~="job-title"]')?.textContent ?? null;
const rows = (el: JobListing) => $$(el, '[part~="row"]').length;
const params = () => new URLSearchParams(location.search);
const postings = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent!).title);

/** Both listings in one wrapper, once each shows its rows or a job. */
async function pair(template: ReturnType<typeof html>): Promise<[JobListing, JobListing]> {
  const wrapper = await fixture(template);
  const [a, b] = [...wrapper.querySelectorAll('job-listing')];
  for (const el of [a, b]) {
    await until(() => !!$(el, '[part~="row"], [part~="detail"]') && $(el, 'table')?.getAttribute('aria-busy') !== 'true', 5000, `#${el.id}`);
    await el.updateComplete;
  }
  return [a, b];
}

async function back(...els: JobListing[]): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  history.back();
  await popped;
  for (const el of els) await el.updateComplete;
}

describe('<job-listing>: several on one page', () => {
  let start: string;
  let title: string;
  beforeEach(() => {
    start = location.href;
    title = document.title;
  });
  afterEach(() => history.replaceState(null, '', start));

  it('gives each listing its own parameter: each opens its own jobs, and the back links and Back work for both', async () => {
    const [phso, board] = await pair(html`<div>
      <job-listing id="phso" src=${SAMPLE}></job-listing>
      <job-listing id="board" src=${GREENHOUSE} param="board"></job-listing>
    </div>`);
    expect(board.param).to.equal('board');
    expect(phso.param).to.equal('job');
    expect(new URL(links(phso)[0].href).searchParams.get('job')).to.equal('phso-0001');
    expect(new URL(links(board)[0].href).searchParams.get('board')).to.equal('4012345');
    expect(new URL(links(board)[0].href).searchParams.has('job')).to.be.false;

    links(board)[0].focus();
    await sendKeys({press: 'Enter'});
    await board.updateComplete;
    await phso.updateComplete;
    expect(params().get('board')).to.equal('4012345');
    expect(params().has('job')).to.be.false;
    expect(heading(board)).to.equal('Investigations Manager');
    expect(rows(phso), 'the other listing keeps its list').to.equal(10);
    expect(board.shadowRoot!.activeElement).to.equal($(board, '[part~="job-title"]'));

    links(phso)[1].click();
    await phso.updateComplete;
    await board.updateComplete;
    expect(params().get('job')).to.equal('phso-0002');
    expect(params().get('board')).to.equal('4012345');
    expect(heading(phso)).to.equal('Senior Caseworker');
    expect(heading(board)).to.equal('Investigations Manager');
    expect(postings()).to.have.members(['Senior Caseworker', 'Investigations Manager']);
    expect(document.title).to.equal('Senior Caseworker');

    // The browser's Back: first the PHSO job closes, then the board's.
    await back(phso, board);
    expect(rows(phso)).to.equal(10);
    expect(heading(board)).to.equal('Investigations Manager');
    expect(postings()).to.deep.equal(['Investigations Manager']);
    // The Greenhouse board names its company; the sample feed names none.
    expect(document.title).to.equal('Investigations Manager at Parliamentary and Health Service Ombudsman');
    await back(phso, board);
    expect(rows(board)).to.equal(3);
    expect(rows(phso)).to.equal(10);
    expect(postings()).to.deep.equal([]);
    expect(document.title).to.equal(title);

    // Each back link returns its own listing to its list, and leaves the other's job open.
    links(board)[1].click();
    await board.updateComplete;
    links(phso)[0].click();
    await phso.updateComplete;
    ($(board, '[part~="back-link"]') as HTMLAnchorElement).click();
    await until(() => rows(board) === 3, 2000, 'the board list');
    await phso.updateComplete;
    expect(params().has('board')).to.be.false;
    expect(heading(phso)).to.equal('Caseworker');
    ($(phso, '[part~="back-link"]') as HTMLAnchorElement).click();
    await until(() => rows(phso) === 10, 2000, 'the PHSO list');
    expect(params().has('job')).to.be.false;
    expect(rows(board)).to.equal(3);
  });

  it('keeps the search of each listing under its own parameter with url-state', async () => {
    const [phso, board] = await pair(html`<div>
      <job-listing id="phso" src=${SAMPLE} url-state></job-listing>
      <job-listing id="board" src=${GREENHOUSE} param="board" url-state></job-listing>
    </div>`);
    $<HTMLInputElement>(board, '[part~="search"]')!.focus();
    await sendKeys({type: 'policy'});
    await board.updateComplete;
    await phso.updateComplete;
    expect(params().get('board-search')).to.equal('policy');
    expect(params().has('job-search')).to.be.false;
    expect(rows(board)).to.equal(1);
    expect(rows(phso)).to.equal(10);
  });

  it('leaves a job to the listing whose feed has it when listings share the parameter, and says "Job not found" once', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&job=4012399`);
    const [phso, board] = await pair(html`<div>
      <job-listing id="phso" src=${SAMPLE}></job-listing>
      <job-listing id="board" src=${GREENHOUSE}></job-listing>
    </div>`);
    expect(heading(board)).to.equal('Policy Adviser');
    expect(rows(phso), 'the listing that lacks the job keeps its list').to.equal(10);
    expect($(phso, '[part~="not-found"]')).to.equal(null);
    expect(postings()).to.deep.equal(['Policy Adviser']);

    history.pushState(null, '', `${location.pathname}${location.search.replace('4012399', 'nope')}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    // The listings settle who answers over a few updates (each tells the others what it has).
    await until(() => !!$(phso, '[part~="not-found"]'), 5000, 'the first listing to answer an id none has');
    expect(rows(board)).to.equal(3);
    expect(postings()).to.deep.equal([]);
  });

  it('waits for a slower listing that shares the parameter before saying "Job not found"', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}&job=4012400`);
    const wrapper = await fixture(html`<div>
      <job-listing id="phso" src=${SAMPLE}></job-listing>
      <job-listing id="board" src="/test-server/slow?ms=600&file=feeds/greenhouse.json"></job-listing>
    </div>`);
    const [phso, board] = [...wrapper.querySelectorAll('job-listing')];
    await until(() => rows(phso) === 10, 5000, 'the PHSO list');
    expect($(phso, '[part~="not-found"]')).to.equal(null);
    await until(() => heading(board) === 'HR Business Partner', 5000, 'the board job');
    await phso.updateComplete;
    expect(rows(phso)).to.equal(10);
  });
});

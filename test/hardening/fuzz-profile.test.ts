/**
 * 1,000 profiles mutated from the PHSO one (see mutate.ts), each shown by
 * one reused `<employer-microsite>`: none throws to the page; a valid one
 * renders with no console.error, an invalid one shows its faults by JSON
 * pointer (each pointing into the profile) with exactly one console.error.
 * Every tenth also goes through a child `<script type="application/json">`.
 *
 * Replay: a failure names `fuzz seed S case N`. Set SEED to S and ONLY to N
 * to run just that case; each case has its own seed (`caseSeed`), so it
 * replays alone.
 */
import {expect, fixture} from '@open-wc/testing';
import {html} from 'lit';
import '../../src/employer-microsite/employer-microsite.js';
import type {EmployerMicrosite} from '../../src/employer-microsite/employer-microsite.js';
import type {EmployerProfile} from '../../src/profile/profile.js';
import {validateProfile} from '../../src/profile/validate.js';
import {captureErrors, copy, loadPhso} from '../helpers.js';
import {auditTree} from './audit.js';
import {captureThrows, settle} from './harness.js';
import {mutate, toJson} from './mutate.js';
import {caseSeed, prng} from './prng.js';

const SEED = 20260518;
const CASES = 1000;
/** A case index to run alone, for replaying a failure. */
const ONLY: number | undefined = undefined;

/**
 * Whether `pointer` names a place in `doc`: every segment but the last must
 * exist (the last may be a missing key) and hold an object or array.
 */
function pointsInto(doc: unknown, pointer: string): boolean {
  if (pointer === '/' || pointer === '') return true;
  const segments = pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node = doc;
  for (const [i, segment] of segments.entries()) {
    if (!node || typeof node !== 'object') return false;
    if (i === segments.length - 1) return true;
    if (!Object.hasOwn(node, segment)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return false;
}

/** A failed feed fetch is the listing's own fault, not the profile's: a mutated feed URL may well 404. */
const profileErrors = (calls: unknown[][]) => calls.filter((args) => !String(args[0]).includes('the jobs feed'));

describe('hardening: fuzzed profiles', () => {
  let base: EmployerProfile;
  let errors: ReturnType<typeof captureErrors>;
  let throws: ReturnType<typeof captureThrows>;
  before(async () => {
    base = copy(await loadPhso());
    base.jobs!.feed = {url: `/test-server/echo?type=application%2Fjson&body=${encodeURIComponent('{"jobs": []}')}`};
  });
  beforeEach(() => {
    errors = captureErrors();
    throws = captureThrows();
  });
  afterEach(() => {
    errors.restore();
    throws.restore();
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  });

  it(`shows each of ${CASES} mutated profiles or names its faults, with one console.error per invalid one and nothing thrown`, async function () {
    this.timeout(180_000);
    const el = await fixture<EmployerMicrosite>(html`<employer-microsite></employer-microsite>`);
    const scripted = await fixture<EmployerMicrosite>(html`<employer-microsite><script type="application/json">{}</script></employer-microsite>`);
    const failures: string[] = [];
    const counts = {valid: 0, invalid: 0};

    /** Shows `profile` in `host` (as `.profile`, or as the script's text) and checks the outcome. */
    const check = async (host: EmployerMicrosite, profile: unknown, label: string) => {
      errors.calls.length = 0;
      throws.thrown.length = 0;
      const problems: string[] = [];
      try {
        if (host === scripted) {
          host.querySelector('script')!.textContent = toJson(profile);
          // The element hears of the new text through a MutationObserver.
          await new Promise((resolve) => setTimeout(resolve));
        } else host.profile = profile;
        await settle(host);
      } catch (error) {
        problems.push(`rendering threw ${error}`);
      }
      const verdict = validateProfile(profile);
      const root = host.shadowRoot!;
      const error = root.querySelector('[part~="error"]');
      const logged = profileErrors(errors.calls).length;
      if (verdict.ok) {
        counts.valid++;
        if (error) problems.push(`a valid profile shows an error: ${error.textContent!.slice(0, 200)}`);
        if (!root.querySelector('[part~="base"]')?.children.length) problems.push('a valid profile shows nothing');
        if (logged) problems.push(`${logged} console.error calls for a valid profile: ${String(errors.calls[0][0]).slice(0, 200)}`);
        // The shadow root only: the light DOM holds the test's own JSON script.
        const faults = auditTree(root);
        if (faults.length) problems.push(`unsafe markup: ${faults.slice(0, 3).join('; ')}`);
      } else {
        counts.invalid++;
        const shown = [...(error?.querySelectorAll('code') ?? [])].map((code) => code.textContent!);
        const first = verdict.faults[0].path || '/';
        if (!error) problems.push(`no message for faults ${verdict.faults.map((f) => f.path).slice(0, 3).join(', ')}`);
        else if (!shown.includes(first)) problems.push(`the message does not name ${first}: ${error.textContent!.slice(0, 200)}`);
        const stray = shown.filter((path) => !pointsInto(profile, path));
        if (stray.length) problems.push(`paths that point nowhere: ${stray.slice(0, 3).join(', ')}`);
        if (logged !== 1) problems.push(`${logged} console.error calls for an invalid profile (expected 1)`);
      }
      problems.push(...throws.thrown);
      if (problems.length) failures.push(`${label}: ${problems.join(' | ')}`);
    };

    for (let i = ONLY ?? 0; i < (ONLY ?? CASES - 1) + 1; i++) {
      const random = prng(caseSeed(SEED, i));
      const {value, log} = mutate(base, random, !!random.chance(0.5));
      const label = `fuzz seed ${SEED} case ${i} (${log.join('; ')})`;
      await check(el, value, label);
      if (i % 10 === 0) await check(scripted, JSON.parse(toJson(value)), `${label}, as script text`);
    }
    expect(failures.slice(0, 10), `${failures.length} failures`).to.deep.equal([]);
    if (ONLY === undefined) {
      // Both paths must be exercised, or the fuzzer proves little.
      expect(counts.valid, 'valid mutants').to.be.greaterThan(100);
      expect(counts.invalid, 'invalid mutants').to.be.greaterThan(300);
    }
  });
});

import {expect} from '@open-wc/testing';
import {formatPostedDate, formatSalary} from '../../src/feeds/salary.js';
import {placeOptions} from '../../src/jobs/query.js';
import {warmIntl} from '../../src/jobs/warm-intl.js';
import {DEFAULT_LABELS} from '../../src/profile/labels.js';

type Made = {kind: string; locales: unknown};

/** Counts the Intl objects made while `body` runs (and its tasks settle), by kind and locale. */
function counting(): {made: Made[]; restore: () => void} {
  const made: Made[] = [];
  const originals = {Collator: Intl.Collator, NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat};
  for (const kind of Object.keys(originals) as (keyof typeof originals)[]) {
    const Original = originals[kind] as unknown as new (...args: unknown[]) => object;
    (Intl as unknown as Record<string, unknown>)[kind] = new Proxy(Original, {
      construct(target, args) {
        made.push({kind, locales: args[0]});
        return new target(...args);
      },
    });
  }
  return {made, restore: () => Object.assign(Intl, originals)};
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('warmIntl', () => {
  it("makes a locale's collator, number and date formats one task at a time, once, and the listing's work then makes none", async () => {
    const {made, restore} = counting();
    try {
      warmIntl('fr-CA');
      expect(made, 'nothing in the caller\'s task').to.deep.equal([]);
      await nextTask();
      expect(made.map((entry) => entry.kind)).to.deep.equal(['Collator']);
      await nextTask();
      expect(made.map((entry) => entry.kind)).to.deep.equal(['Collator', 'NumberFormat']);
      await nextTask();
      expect(made.map((entry) => entry.kind)).to.deep.equal(['Collator', 'NumberFormat', 'DateTimeFormat']);
      warmIntl('fr-CA');
      await nextTask();
      expect(made, 'once per locale').to.have.length(3);

      // What the rows need next is made already: sorting places, a whole-euro salary, a date.
      placeOptions([{id: '1', title: 'A', location: 'Montréal'}, {id: '2', title: 'B', location: 'Québec'}], DEFAULT_LABELS, 'fr-CA');
      formatSalary({min: 50000, currency: 'EUR', period: 'year'}, 'fr-CA', DEFAULT_LABELS);
      formatPostedDate('2026-11-30', 'fr-CA');
      expect(made, 'nothing more made for the rows').to.have.length(3);
    } finally {
      restore();
    }
  });
});

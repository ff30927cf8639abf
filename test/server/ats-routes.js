// The ATS providers' public APIs, imitated under /test-server/ats/<host>/<path>
// (the shape `ats-proxy="/test-server/ats/"` gives the URLs `ats=` builds), with
// each provider's paging and query parameters, from test/fixtures/feeds/.
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';

const feeds = resolve('test/fixtures/feeds');
const json = async (name) => JSON.parse(await readFile(resolve(feeds, name), 'utf8'));
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Postings or job orders per page, fewer than any client asks for, so paging shows with small fixtures. */
const PAGE = 2;

/** Page `offset` of `list` for a client that asked for `asked` (capped at PAGE). */
const slice = (list, offset, asked) => list.slice(offset, offset + Math.min(asked || PAGE, PAGE));

/** Whether `Flaky`'s last posting answer failed. */
let flaky = false;

/**
 * The account names each route knows (others answer 404, as the providers
 * do): a fixture's own account, `empty` (an empty board), and for the paged
 * APIs `failing` (pages after the first answer 500), `slow` (pages after the
 * first wait 3 s) and `endless` (a new page forever).
 */
const routes = [
  {
    // https://api.smartrecruiters.com/v1/companies/<company>/postings?offset=&limit=
    pattern: /^api\.smartrecruiters\.com\/v1\/companies\/([^/]+)\/postings$/,
    async answer([company], query) {
      const offset = Number(query.offset ?? 0);
      const limit = Number(query.limit ?? 10);
      if (company === 'endless') {
        return {offset, limit, totalFound: 1_000_000, content: [{id: `endless-${offset}`, name: `Job ${offset}`, company: {identifier: 'endless', name: 'Endless'}}]};
      }
      if (company === 'empty') return json('smartrecruiters-empty.json');
      if (['Hostile', 'Broken', 'Garbled', 'Nameless', 'Flaky'].includes(company)) {
        return {offset: 0, limit, totalFound: 1, content: [{id: '1', name: 'Cashier', company: {identifier: company, name: 'Acme'}, location: {city: 'Leeds', country: 'gb'}}]};
      }
      if (!['HarbourRetail', 'failing', 'slow'].includes(company)) return undefined;
      if (offset > 0 && company === 'failing') return 500;
      if (offset > 0 && company === 'slow') await sleep(3000);
      const all = await json('smartrecruiters.json');
      return {offset, limit, totalFound: all.content.length, content: slice(all.content, offset, limit)};
    },
  },
  {
    // https://api.smartrecruiters.com/v1/companies/<company>/postings/<id>: one posting, with its job ad.
    // `Hostile`'s one posting is hostile in every field, `Broken`'s answers 500,
    // `Garbled`'s is not JSON, `Nameless`'s has no name, and `Flaky`'s answers
    // 500 and then its job ad, by turns.
    pattern: /^api\.smartrecruiters\.com\/v1\/companies\/([^/]+)\/postings\/([^/]+)$/,
    async answer([company, id]) {
      if (company === 'Broken') return 500;
      if (company === 'Flaky') {
        return (flaky = !flaky) ? 500 : {id, name: 'Cashier', company: {identifier: company, name: 'Acme'}, jobAd: {sections: {jobDescription: {text: '<p>Till work.</p>'}}}};
      }
      if (company === 'Garbled') return 'personio.xml';
      if (company === 'Nameless') return {id, company: {identifier: company}, jobAd: {sections: {jobDescription: {text: '<p>Lost.</p>'}}}};
      if (company === 'Hostile') return id === '1' ? json('smartrecruiters-posting-hostile.json') : undefined;
      if (company !== 'HarbourRetail') return undefined;
      if (id === '744000012345680') return json('smartrecruiters-posting.json');
      return (await json('smartrecruiters.json')).content.find((posting) => posting.id === id);
    },
  },
  {
    // https://public-rest<cluster>.bullhornstaffing.com/rest-services/<corpToken>/search/JobOrder?query=&fields=&start=&count=
    pattern: /^public-rest([a-z0-9-]+)\.bullhornstaffing\.com\/rest-services\/([^/]+)\/search\/JobOrder$/,
    async answer([, token], query) {
      if (!query.query || !query.fields) return 400;
      if (token === 'empty') return json('bullhorn-empty.json');
      if (!['3xT9aQ', 'failing'].includes(token)) return undefined;
      const start = Number(query.start ?? 0);
      if (start > 0 && token === 'failing') return 500;
      const all = await json('bullhorn.json');
      const data = slice(all.data, start, Number(query.count ?? 10));
      return {total: all.data.length, start, count: data.length, data};
    },
  },
  {
    // https://api.ashbyhq.com/posting-api/job-board/<board>?includeCompensation=true
    pattern: /^api\.ashbyhq\.com\/posting-api\/job-board\/([^/]+)$/,
    async answer([board], query) {
      if (board === 'empty') return json('ashby-empty.json');
      if (board !== 'openfair') return undefined;
      const feed = await json('ashby.json');
      if (query.includeCompensation !== 'true') for (const job of feed.jobs) delete job.compensation;
      return feed;
    },
  },
  {
    // https://apply.workable.com/api/v1/widget/accounts/<account>?details=true
    pattern: /^apply\.workable\.com\/api\/v1\/widget\/accounts\/([^/]+)$/,
    async answer([account], query) {
      if (account === 'empty') return json('workable-empty.json');
      if (account !== 'northwind') return undefined;
      const feed = await json('workable.json');
      if (query.details !== 'true') for (const job of feed.jobs) for (const key of ['description', 'requirements', 'benefits']) delete job[key];
      return feed;
    },
  },
  {
    // https://<company>.recruitee.com/api/offers/
    pattern: /^([a-z0-9-]+)\.recruitee\.com\/api\/offers\/$/,
    answer: ([company]) => (company === 'empty' ? json('recruitee-empty.json') : company === 'gruenfeld' ? json('recruitee.json') : undefined),
  },
  {
    // https://<company>.jobs.personio.de/xml
    pattern: /^([a-z0-9-]+)\.jobs\.personio\.de\/xml$/,
    answer: ([company]) => (company === 'empty' ? 'personio-empty.xml' : company === 'alpenblick' ? 'personio.xml' : undefined),
  },
  {
    // https://boards-api.greenhouse.io/v1/boards/<board>/jobs?content=true
    pattern: /^boards-api\.greenhouse\.io\/v1\/boards\/([^/]+)\/jobs$/,
    async answer([board], query) {
      if (board !== 'phso') return undefined;
      const feed = await json('greenhouse.json');
      if (query.content !== 'true') for (const job of feed.jobs) delete job.content;
      return feed;
    },
  },
  {
    // https://api.lever.co/v0/postings/<site>?mode=json (without mode=json Lever answers an HTML page)
    pattern: /^api\.lever\.co\/v0\/postings\/([^/]+)$/,
    answer: ([site], query) => (site !== 'phso' ? undefined : query.mode === 'json' ? json('lever.json') : 400),
  },
];

/**
 * Answers `path` (after /test-server/ats/) as its provider would: a JSON
 * object, an XML fixture's name, a status code, or `undefined` for no such
 * account (404) or route.
 */
export async function atsAnswer(ctx, path) {
  for (const {pattern, answer} of routes) {
    const match = pattern.exec(path);
    if (!match) continue;
    const result = await answer(match.slice(1), ctx.query);
    if (result === undefined || typeof result === 'number') {
      ctx.status = result ?? 404;
      ctx.body = `status ${ctx.status}`;
    } else if (typeof result === 'string') {
      ctx.type = 'application/xml';
      ctx.body = await readFile(resolve(feeds, result));
    } else {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(result);
    }
    return;
  }
  ctx.status = 404;
  ctx.body = 'no such ATS route';
}

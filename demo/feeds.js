// Points the listing at the feed named by ?feed= (an external module, so the
// page also works under a strict Content-Security-Policy).
const feeds = {
  own: 'jobs.sample.json',
  'json-ld': 'feeds/json-ld.json',
  greenhouse: 'feeds/greenhouse.json',
  lever: 'feeds/lever.json',
  indeed: 'feeds/indeed.xml',
  bullhorn: 'feeds/bullhorn.json',
  workable: 'feeds/workable.json',
  ashby: 'feeds/ashby.json',
  recruitee: 'feeds/recruitee.json',
  smartrecruiters: 'feeds/smartrecruiters.json',
  personio: 'feeds/personio.xml',
  empty: 'feeds/empty.json',
};
// Bullhorn's answer links to no job: the agency's own career portal takes the applications.
const applyUrls = {bullhorn: 'https://jobs.northgate.example/#/jobs/{id}'};
const name = new URLSearchParams(location.search).get('feed') ?? 'own';
const listing = document.querySelector('job-listing');
listing.src = feeds[name] ?? feeds.own;
if (applyUrls[name]) listing.applyUrl = applyUrls[name];
for (const link of document.querySelectorAll('.feed-list a')) {
  if (link.search === `?feed=${name}`) link.setAttribute('aria-current', 'page');
}

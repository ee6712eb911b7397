const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const strings = JSON.parse(form.dataset.strings);
let pagefind;

const say = (template, count, term) => template.replace('[COUNT]', String(count)).replace('[SEARCH_TERM]', `“${term}”`);
const link = (href, text) => {
  const a = document.createElement('a');
  a.className = 'govuk-link';
  a.href = href;
  a.textContent = text;
  return a;
};

async function run(term) {
  list.replaceChildren();
  if (!term) {
    status.textContent = '';
    return;
  }
  status.textContent = say(strings.searching, 0, term);
  pagefind ??= await import(form.dataset.pagefind);
  const search = await pagefind.search(term);
  const pages = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  for (const page of pages) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    heading.className = 'govuk-heading-s govuk-!-margin-bottom-1';
    heading.append(link(page.url, page.meta.title));
    const excerpt = document.createElement('p');
    excerpt.className = 'govuk-body-s';
    // Pagefind's excerpt is text from our own pages with <mark> around the matches.
    excerpt.innerHTML = page.excerpt;
    item.append(heading, excerpt);
    const sections = (page.sub_results ?? []).filter((sub) => sub.url !== page.url).slice(0, 3);
    if (sections.length > 0) {
      const sub = document.createElement('ul');
      sub.className = 'govuk-list govuk-body-s';
      for (const section of sections) {
        const li = document.createElement('li');
        li.append(link(section.url, section.title));
        sub.append(li);
      }
      item.append(sub);
    }
    list.append(item);
  }
  const count = search.results.length;
  status.textContent = say(count === 0 ? strings.zero : count === 1 ? strings.one : strings.many, count, term);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const term = input.value.trim();
  history.replaceState(null, '', term ? `?q=${encodeURIComponent(term)}` : location.pathname);
  run(term);
});
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  run(initial.trim());
}

"""Load test of the public site: `tests/load/run.sh` (make load-test) runs it headless against the
production configuration; docs/benchmarks.md has the figures.

Each simulated visitor pauses 1-3 s between requests and picks, by weight: a home page, a listing
(practices, stories, the resource directory, the table registry; first page or a later one), a
detail page, the search page with words and 1-3 facets or facets alone, the JSON API with facets,
a CSV/JSON export, the portrait. Nothing is hard-coded but the entry points: detail URLs, facet
values and search words come from the API when the test starts, so the mix follows whatever
content the database holds.

Every response that is not a 2xx counts as a failure. At the end the summary is printed (per
endpoint: requests, failures, p50/p95/p99, requests/s; the status counts) and the exit code is 1
on any failure, so a single 5xx fails the run."""

import random
import re
from collections import Counter

import requests
from locust import HttpUser, between, events, task

TYPES = ("practice", "story", "resource", "table")
FACETS = ("region", "sector", "age_group", "need")
# The first pages of each type, then pages from further in, for the detail URLs.
DISCOVERY_PAGES = 3
API_PAGE_SIZE = 100
WORD = re.compile(r"[^\W\d_]{6,}")


class Catalogue:
    """What the site holds, read once from the API before the visitors start."""

    def __init__(self):
        self.details = {}
        self.listings = {}
        self.pages = {}
        self.facets = {}
        self.mrcs_by_region = {}
        self.words = []
        self.english = []

    def discover(self, host):
        session = requests.Session()

        def api(**params):
            response = session.get(f"{host}/api/search/", params=params, timeout=120)
            response.raise_for_status()
            return response.json()

        first = api(page_size=1)
        for facet in FACETS:
            self.facets[facet] = [i["value"] for i in first["facets"].get(facet, []) if i["count"]]
        words = Counter()
        for kind in TYPES:
            head = api(type=kind, page_size=API_PAGE_SIZE)
            pages = [
                1,
                *random.sample(
                    range(2, head["pages"] + 1), min(DISCOVERY_PAGES - 1, head["pages"] - 1)
                ),
            ]
            results = []
            for page in pages:
                results += (
                    head["results"]
                    if page == 1
                    else api(type=kind, page_size=API_PAGE_SIZE, page=page)["results"]
                )
            self.details[kind] = [r["url"] for r in results]
            if results:
                # Every detail page sits right under its listing page.
                self.listings[kind] = results[0]["url"].rstrip("/").rsplit("/", 1)[0] + "/"
                self.pages[kind] = head["count"] // 20 + 2
            for result in results:
                if len(result["regions"]) == 1:
                    mrcs = self.mrcs_by_region.setdefault(result["regions"][0], set())
                    mrcs.update(result["mrcs"])
                words.update(
                    w.lower() for w in WORD.findall(f"{result['title']} {result['summary']}")
                )
        english = api(lang="en", page_size=API_PAGE_SIZE)
        self.english = [r["url"] for r in english["results"] if r["url"].startswith("/en/")]
        self.words = [w for w, _ in words.most_common(60)]
        missing = [kind for kind in TYPES if not self.details.get(kind)]
        self.facets = {facet: values for facet, values in self.facets.items() if values}
        if missing or not self.words or not self.facets:
            raise RuntimeError(f"The site has too little content to load-test (missing: {missing})")

    def some_facets(self, low=1, high=3):
        params = {}
        for facet in random.sample(
            list(self.facets), min(len(self.facets), random.randint(low, high))
        ):
            params[facet] = random.choice(self.facets[facet])
        if "region" in params and random.random() < 0.3:
            params["mrc"] = random.choice(sorted(self.mrcs_by_region.get(params["region"], [""])))
        return {k: v for k, v in params.items() if v}


catalogue = Catalogue()
statuses = Counter()
# Exceptions in the visitors' own code: a broken test must not pass for a quiet server.
user_errors = Counter()


@events.init.add_listener
def discover(environment, **kwargs):
    # At start-up, so the time it takes is not counted in --run-time.
    try:
        catalogue.discover(environment.host.rstrip("/"))
    except Exception as error:
        print(f"Discovery failed, nothing to test: {error!r}", flush=True)
        raise SystemExit(1) from None
    counts = ", ".join(f"{kind} {len(urls)}" for kind, urls in catalogue.details.items())
    print(f"Discovered detail URLs: {counts}; {len(catalogue.words)} search words", flush=True)


@events.request.add_listener
def count_status(response=None, exception=None, **kwargs):
    statuses[getattr(response, "status_code", None) or f"error {type(exception).__name__}"] += 1


@events.user_error.add_listener
def count_user_error(user_instance, exception, tb, **kwargs):
    user_errors[repr(exception)] += 1


class Visitor(HttpUser):
    wait_time = between(1, 3)

    def visit(self, url, name, params=None):
        with self.client.get(url, params=params, name=name, catch_response=True) as response:
            if not 200 <= response.status_code < 300:
                response.failure(f"HTTP {response.status_code}")

    @task(8)
    def home_fr(self):
        self.visit("/fr/", "home")

    @task(2)
    def home_en(self):
        self.visit("/en/", "home")

    @task(14)
    def listing(self):
        kind = random.choice(TYPES)
        params = (
            {"page": random.randint(2, catalogue.pages[kind])} if random.random() < 0.3 else None
        )
        self.visit(catalogue.listings[kind], f"listing {kind}", params)

    @task(30)
    def detail(self):
        kind = random.choices(TYPES, weights=(20, 4, 4, 2))[0]
        self.visit(random.choice(catalogue.details[kind]), f"detail {kind}")

    @task(2)
    def detail_en(self):
        self.visit(random.choice(catalogue.english), "detail en")

    @task(14)
    def search_words_facets(self):
        params = {"q": random.choice(catalogue.words), **catalogue.some_facets()}
        if random.random() < 0.3:
            params["sort"] = random.choice(("newest", "title"))
        self.visit("/fr/recherche/", "search words+facets", params)

    @task(8)
    def search_facets(self):
        params = catalogue.some_facets()
        if random.random() < 0.3:
            params["page"] = random.randint(2, 10)
        self.visit("/fr/recherche/", "search facets", params)

    @task(10)
    def api(self):
        params = catalogue.some_facets()
        if random.random() < 0.5:
            params["q"] = random.choice(catalogue.words)
        if random.random() < 0.3:
            params["type"] = random.choice(TYPES)
        self.visit("/api/search/", "api search", params)

    @task(2)
    def search_csv(self):
        params = {"format": "csv", **catalogue.some_facets(2, 3)}
        self.visit("/fr/recherche/", "export search csv", params)

    @task(1)
    def api_csv(self):
        params = {"format": "csv", "q": random.choice(catalogue.words), **catalogue.some_facets()}
        self.visit("/api/search/", "export api csv", params)

    @task(1)
    def directory_exports(self):
        kind = random.choice(("csv", "json"))
        self.visit(f"/fr/ressources/export.{kind}", f"export resources {kind}")

    @task(3)
    def portrait(self):
        params = catalogue.some_facets(1, 2) if random.random() < 0.5 else None
        self.visit("/fr/portrait/", "portrait", params)

    @task(1)
    def portrait_csv(self):
        self.visit("/fr/portrait/export.csv", "export portrait csv", catalogue.some_facets(0, 2))


@events.quitting.add_listener
def summarise(environment, **kwargs):
    stats = environment.stats
    lines = [
        "",
        "| endpoint | requests | failures | p50 ms | p95 ms | p99 ms | req/s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for entry in [*sorted(stats.entries.values(), key=lambda e: e.name), stats.total]:
        lines.append(
            f"| {entry.name} | {entry.num_requests} | {entry.num_failures} "
            f"| {entry.get_response_time_percentile(0.5):.0f} "
            f"| {entry.get_response_time_percentile(0.95):.0f} "
            f"| {entry.get_response_time_percentile(0.99):.0f} | {entry.total_rps:.1f} |"
        )
    server_errors = sum(n for code, n in statuses.items() if isinstance(code, int) and code >= 500)
    lines.append("")
    lines.append(
        "HTTP statuses: " + ", ".join(f"{c}: {n}" for c, n in sorted(statuses.items(), key=str))
    )
    total = stats.total
    lines.append(
        f"Total: {total.num_requests} requests, {total.total_rps:.1f} req/s, "
        f"p50 {total.get_response_time_percentile(0.5):.0f} ms, "
        f"p95 {total.get_response_time_percentile(0.95):.0f} ms, "
        f"p99 {total.get_response_time_percentile(0.99):.0f} ms; "
        f"{server_errors} 5xx, {total.num_failures} failures"
    )
    if user_errors:
        lines.append(f"Errors in the locustfile itself: {dict(user_errors)}")
    print("\n".join(lines), flush=True)
    if server_errors or total.num_failures or not total.num_requests or user_errors:
        environment.process_exit_code = 1

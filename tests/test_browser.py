"""The pages in a real headless Chromium: a person's journey, the clickable network, and screenshots of the main
pages (kept in tests/artifacts/). Skipped, saying how to install it, where /usr/bin/chromium is missing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterator

import pytest

from clusterld.errors import InputError, ValidationFailed
from clusterld.settings import Settings
from clusterld.web.app import create_app

from site_helpers import BASE, fixture_release, seed_release
from web_helpers import running_server

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

if not CHROMIUM.exists():
    # CI installs the browser (.ci/run) and sets CLUSTERLD_REQUIRE_BROWSER: there a missing browser is a failure
    if os.environ.get("CLUSTERLD_REQUIRE_BROWSER"):
        raise RuntimeError("CLUSTERLD_REQUIRE_BROWSER is set but /usr/bin/chromium is missing")
    pytest.skip("headless Chromium is not installed: run `apt-get install -y chromium chromium-driver`",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="install the test extra: pip install -e '.[test]'")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, str]]:
    """A served release and the journey through it: (root URL, search term, name of the entity it finds)."""
    folder = tmp_path_factory.mktemp("browser")
    try:
        store, term, name = seed_release(folder), "MassMEDIC", "Massachusetts Medical Device Industry Council"
    except (InputError, ValidationFailed):  # the seed data is being edited: walk the fixture project instead
        store, term, name = fixture_release(folder), "NMC", "North Medical Council"
    with running_server(create_app(store, Settings(root=folder, base=BASE, query_workers=1))) as root:
        yield root, term, name


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: problems.append(str(error)))
    yield tab
    context.close()
    # a CSP violation or a broken script shows up here
    assert problems == []


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_journey_home_search_entity_document_and_back(site: tuple[str, str, str], page: Any) -> None:
    root, term, name = site
    page.goto(f"{root}/")
    assert page.locator("h1").inner_text().startswith("Business clusters")
    assert page.locator("button.copy").first.is_visible()  # our own script ran under the CSP
    shot(page, "home")

    page.fill("#home-q", term)
    page.press("#home-q", "Enter")
    page.wait_for_url(f"{root}/search?q={term}")
    first = page.locator("ol.results li a").first
    assert first.inner_text() == name
    shot(page, "search")

    first.click()
    page.wait_for_load_state()
    entity_url = page.url
    assert "/doc/organisation/" in entity_url
    assert page.locator("h1").inner_text() == name
    assert page.locator("article.fact blockquote").count() > 0
    assert page.locator("script[type='application/ld+json']").count() == 1
    shot(page, "entity")

    source = page.locator("section[aria-labelledby=sources] a").first
    title = source.inner_text()
    source.click()
    page.wait_for_load_state()
    assert "/doc/document/" in page.url and page.locator("h1").inner_text() == title
    assert page.locator("ol.spans li.span").count() > 0
    shot(page, "document")

    page.go_back()
    page.wait_for_load_state()
    assert page.url == entity_url and page.locator("h1").inner_text() == name


def test_network_picture_renders_with_clickable_nodes(site: tuple[str, str, str], page: Any) -> None:
    root, _, _ = site
    page.goto(f"{root}/")
    svg = page.locator("figure.network svg")
    box = svg.bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 300
    nodes = page.locator("figure.network a.node")
    assert nodes.count() >= 5
    for i in range(nodes.count()):
        node_box = nodes.nth(i).bounding_box()
        assert node_box is not None
        assert box["x"] - 1 <= node_box["x"] and node_box["x"] + node_box["width"] <= box["x"] + box["width"] + 1
    shot(page, "network")
    target = page.locator("figure.network a.node.kind-organisation").first
    expected = target.get_attribute("href")
    target.click()
    page.wait_for_load_state()
    assert page.url == f"{root}{expected}" and page.locator("h1").count() == 1
    assert page.locator("figure.network a.node.focus").count() == 1  # its own neighbourhood, centred on it


def test_other_main_pages_render(site: tuple[str, str, str], page: Any) -> None:
    root, _, _ = site
    for path, name in (("/ontology", "ontology"), ("/list/organisation", "listing")):
        response = page.goto(f"{root}{path}")
        assert response is not None and response.status == 200 and page.locator("h1").count() == 1
        shot(page, name)


def test_unknown_entity_page(site: tuple[str, str, str], browser: Any) -> None:
    root, _, _ = site
    tab = browser.new_page()  # not the `page` fixture: the browser rightly logs the 404 as an error
    response = tab.goto(f"{root}/doc/cluster/nonexistent")
    assert response is not None and response.status == 404 and tab.locator("h1").inner_text() == "Not found"
    tab.close()


def test_query_page_runs_an_example_query(site: tuple[str, str, str], page: Any) -> None:
    root, _, _ = site
    response = page.goto(f"{root}/sparql", wait_until="networkidle")
    assert response is not None and response.status == 200
    page.locator(".yasqe_queryButton").first.click()  # the first example query, in the active tab
    rows = page.locator(".yasr tbody tr")
    rows.first.wait_for(timeout=30_000)
    assert rows.count() > 0
    shot(page, "sparql")

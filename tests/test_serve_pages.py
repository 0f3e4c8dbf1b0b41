"""accord serve's pages in a real browser (headless Chromium) against a real server.

uvicorn serves the app on a loopback port from a thread, over the real store of
conftest.served_store (examples/port-fire, the seeds and a hostile story, all through the real
pipeline). The browser navigates list -> story -> outlet, clicks citations, and checks that no
page logs an error or asks anything of another origin, that pages fit a phone's width, and that
the hostile story's script payloads never run on any page.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from urllib.parse import quote

import pytest
import uvicorn
from selenium.webdriver.common.by import By
from test_report_html import browser  # noqa: F401  (the module's Chromium fixture)

from accord.serve.app import create_app


@pytest.fixture(scope="module")
def live(served_store):
    """The app over served_store, served by uvicorn on a free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(lambda: served_store, shared=True), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def visit(driver, url: str, width: int = 1280):
    """Open `url` at `width` px; return a function giving (console errors, foreign requests) since."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.get_log("browser"), driver.get_log("performance")
    driver.get(url)
    base = url.split("/", 3)[:3]

    def events():
        errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
        foreign = []
        for e in driver.get_log("performance"):
            msg = json.loads(e["message"])["message"]
            if msg["method"] == "Network.requestWillBeSent":
                u = msg["params"]["request"]["url"]
                if u.split("/", 3)[:3] != base and not u.startswith(("data:", "chrome", "devtools")):
                    foreign.append(u)
        return errors, foreign

    return events


def api(driver_base: str, path: str):
    import urllib.request

    with urllib.request.urlopen(driver_base + path, timeout=30) as r:
        return json.load(r)


def test_serve_pages_navigate_list_story_outlet_and_cite(browser, live):  # noqa: F811
    events = visit(browser, live + "/")
    links = browser.find_elements(By.CSS_SELECTOR, "a.story-title")
    assert len(links) >= 3
    fire = next(a for a in links if "Castellmar" in a.text)
    fire.click()
    assert "/stories/" in browser.current_url
    story = api(live, "/api/stories/" + browser.current_url.rsplit("/", 1)[1])
    cite = browser.find_elements(By.CSS_SELECTOR, "ul.summary a.cite[data-s]")[0]
    art, start, end = (cite.get_attribute(k) for k in ("data-art", "data-s", "data-e"))
    cite.click()
    marks = browser.find_elements(By.CSS_SELECTOR, ".text span.hl")
    assert marks and all(m.find_element(By.XPATH, "ancestor::details[1]").get_attribute("id") == art for m in marks)
    text = story["articles"][int(art.split("-a")[1]) - 1]["text"]
    assert "".join(m.get_attribute("textContent") for m in marks) == text[int(start):int(end)]
    outlet = browser.find_elements(By.CSS_SELECTOR, "a.outlet-link")[0]
    name = outlet.text
    outlet.click()
    assert browser.find_element(By.TAG_NAME, "h1").text == name
    assert browser.find_elements(By.CSS_SELECTOR, "figure.chart svg rect")
    # an evidence link opens its story at the article or discrepancy it names
    evidence = browser.find_elements(By.CSS_SELECTOR, "ul.evidence a[href*='#s1-']")
    if evidence:
        target = evidence[0].get_attribute("href").rsplit("#", 1)[1]
        evidence[0].click()
        el = browser.find_element(By.ID, target)
        assert "target" in el.get_attribute("class")
        assert all(d.get_attribute("open") is not None
                   for d in el.find_elements(By.XPATH, "ancestor-or-self::details"))
    errors, foreign = events()
    assert errors == [] and foreign == []


PAGES = ["/", "/?sort=disputed", "/?q=bridges", "/disputed", "/outlets", "/outlets/Harbour%20Daily"]


@pytest.mark.parametrize("width", [390, 1440])
def test_serve_pages_fit_the_width_and_log_nothing(browser, live, width):  # noqa: F811
    fire = api(live, "/api/stories?outlet=Harbour%20Daily")["stories"][0]["id"]
    for path in [*PAGES, "/stories/" + quote(fire, safe="")]:
        events = visit(browser, live + path, width)
        overflow = browser.execute_script("return document.documentElement.scrollWidth") - width
        assert overflow <= 1, f"{path} is {overflow}px wider than {width}px"
        errors, foreign = events()
        assert errors == [] and foreign == [], path


def test_serve_pages_hostile_article_stays_inert(browser, live):  # noqa: F811
    rows = api(live, "/api/stories?q=Tarnow")["stories"]
    assert rows, "the hostile story is not in the store"
    evil = next(o["outlet"] for o in api(live, "/api/outlets")["outlets"] if o["outlet"] and "Evil" in o["outlet"])
    paths = [*PAGES, "/?q=Tarnow", "/?q=%3Cscript%3E", "/outlets/" + quote(evil, safe=""),
             *("/stories/" + quote(r["id"], safe="") for r in rows)]
    for path in paths:
        events = visit(browser, live + path)
        for cite in browser.find_elements(By.CSS_SELECTOR, "a.cite")[:20]:
            browser.execute_script("arguments[0].click()", cite)
        assert browser.execute_script("return window.__pwned === undefined"), path
        assert browser.title.endswith(" · accord"), path  # our title, the payload in it as text
        scripts = browser.execute_script(
            "return Array.from(document.scripts).map(s => s.getAttribute('src') || 'INLINE')")
        assert all(s.startswith("/static/") for s in scripts), (path, scripts)
        handlers = browser.execute_script(
            "return Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
            ".some(a => a.name.startsWith('on'))).length")
        assert handlers == 0, path
        assert not browser.find_elements(By.CSS_SELECTOR, "a[href^='javascript:']"), path
        errors, foreign = events()
        assert errors == [] and foreign == [], path
    # the payload is on the page as text where it was text
    visit(browser, live + "/outlets/" + quote(evil, safe=""))
    assert browser.find_element(By.TAG_NAME, "h1").text == evil


def test_serve_pages_error_page_escapes_the_path(browser, live):  # noqa: F811
    for bad in ("<img src=x onerror=window.__pwned=1>", "<script>window.__pwned=2</script>"):
        visit(browser, live + "/stories/" + quote(bad, safe=""))
        assert browser.execute_script("return window.__pwned === undefined")
        assert bad in browser.find_element(By.CSS_SELECTOR, ".message").text


def test_serve_pages_story_states_disputes_and_speakers(browser, live):  # noqa: F811
    """A stored story's page draws what `accord report` does: the summary's disputed point with
    each side's citations, "contradicted by" markers, and who each article says spoke."""
    rows = [r for r in api(live, "/api/stories")["stories"] if "Taliban" in (r.get("title") or "")]
    assert rows, "the seeds' story is not in the store"
    story = api(live, "/api/stories/" + quote(rows[0]["id"], safe=""))
    assert story["summary_disputes"], "the seeds' summary takes a side of no discrepancy"
    events = visit(browser, live + "/stories/" + quote(rows[0]["id"], safe=""))
    notes = browser.find_elements(By.CSS_SELECTOR, ".findings > ul.summary .dispute-note")
    assert len(notes) == len(story["summary_disputes"])
    for note, data in zip(notes, story["summary_disputes"]):
        assert note.text.startswith(f"Reports differ on {data['topic']}: {data['sides'][0]['value']}")
        for side, cites in zip(data["sides"], [s.find_elements(By.CSS_SELECTOR, "a.cite")
                                               for s in note.find_elements(By.CSS_SELECTOR, ".side")]):
            assert len(cites) == len(side["articles"])
            cites[0].click()
            marks = browser.find_elements(By.CSS_SELECTOR, ".text span.hl")
            said = "".join(m.get_attribute("textContent") for m in marks)
            assert any(m["text"] == said for m in side["mentions"])
    contradicted = [s for s in story["summary"] if s["contradicted_by"]]
    assert len(browser.find_elements(By.CSS_SELECTOR, ".findings > ul.summary .contra-label")) == len(contradicted)
    differ = [q for q in story["quotes"] if len({(a["speaker"] or "").lower() for a in q["attributions"]}) > 1]
    if differ:
        assert browser.find_elements(By.CSS_SELECTOR, "blockquote .attrib")
    assert events() == ([], [])

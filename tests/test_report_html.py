"""The HTML report in a real browser (headless Chromium): citations highlight the cited span,
the page makes no network request and logs no error, and hostile article markup never runs.

One browser per module (it takes about a second to start); each test loads its own page.
"""

from __future__ import annotations

import dataclasses
import json
import re
from html import unescape

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from test_report_sample import HOSTILE, fire_report, hostile_report, sample_report

from accord.report.html import chunks, render_html
from accord.types import Report

INTERNAL = ("chrome://", "chrome-untrusted://", "chrome-extension://", "devtools://")
CHROMIUM_ARGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for arg in CHROMIUM_ARGS:
        opts.add_argument(arg)
    opts.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    driver.get("about:blank")
    yield driver
    driver.quit()


def open_page(driver, html: str, path):
    """Load `html` from a file; return a function giving (console errors, requested URLs) since."""
    path.write_text(html, encoding="utf-8")
    driver.get_log("browser"), driver.get_log("performance")  # drop what came before this page
    url = path.resolve().as_uri()
    driver.get(url)

    def events():
        errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
        requests = []
        for e in driver.get_log("performance"):
            msg = json.loads(e["message"])["message"]
            if msg["method"] == "Network.requestWillBeSent":
                requests.append((msg["params"]["request"]["url"], msg["params"].get("documentURL")))
        # Anything our page asked for, and anything at all leaving the browser, counts; the
        # browser's own chrome:// pages (a fresh profile's new-tab page) do not.
        return errors, [u for u, doc in requests if u != url and not u.startswith("data:")
                        and (doc == url or not u.startswith(INTERNAL))]

    return events


def highlighted(driver) -> list:
    return driver.find_elements(By.CSS_SELECTOR, ".text span.hl")


def click_and_check(driver, cite, report) -> None:
    """Click `cite`; the chunks highlighted are exactly the cited span of the cited article."""
    art_dom, start, end = (cite.get_attribute(k) for k in ("data-art", "data-s", "data-e"))
    number = int(art_dom.split("-a")[1])
    story = int(art_dom.split("-a")[0][1:])
    article = report.stories[story - 1].articles[number - 1]
    cite.click()
    marks = highlighted(driver)
    assert marks, "nothing highlighted"
    assert all(m.find_element(By.XPATH, "ancestor::details[1]").get_attribute("id") == art_dom for m in marks)
    assert "".join(m.get_attribute("textContent") for m in marks) == article.text[int(start):int(end)]
    assert marks[0].is_displayed()
    assert driver.find_element(By.ID, art_dom).get_attribute("open") is not None


def test_report_html_citation_highlights_the_cited_span(browser, tmp_path):
    report = sample_report()
    events = open_page(browser, render_html(report), tmp_path / "sample.html")
    cites = browser.find_elements(By.CSS_SELECTOR, "a.cite[data-s]")
    assert len(cites) >= 10
    for cite in (cites[0], cites[2], cites[-1]):  # first article, another article, the last one
        click_and_check(browser, cite, report)
    # the quote variant's citation highlights the reworded quotation in the other article
    variant = browser.find_element(By.CSS_SELECTOR, "ul.variants a.cite")
    click_and_check(browser, variant, report)
    assert [m.text for m in highlighted(browser)] != []
    assert browser.find_element(By.CSS_SELECTOR, "ul.variants del").text == "not"
    errors, requests = events()
    assert errors == []
    assert requests == []


def test_report_html_seeds_citation_highlights_in_browser(browser, tmp_path, seed_report):
    events = open_page(browser, render_html(seed_report), tmp_path / "seeds.html")
    story = seed_report.stories[0]
    assert browser.find_element(By.CSS_SELECTOR, "section.story h2").text == (story.story.title.strip() or "(untitled story)")
    # every article is on the page, its cleaned text intact
    texts = browser.find_elements(By.CSS_SELECTOR, "details.article .text")
    assert [t.get_attribute("textContent") for t in texts] == [a.text for a in story.articles]
    cites = browser.find_elements(By.CSS_SELECTOR, "ul.summary a.cite[data-s]")
    assert cites, "the seeds' summary carries no citation with a span"
    click_and_check(browser, cites[0], seed_report)
    errors, requests = events()
    assert errors == []
    assert requests == []


def test_report_html_hostile_markup_never_runs(browser, tmp_path):
    report = hostile_report()
    html = render_html(report)
    events = open_page(browser, html, tmp_path / "hostile.html")
    # open everything and click every citation, so any injected handler had its chance
    for d in browser.find_elements(By.CSS_SELECTOR, "details"):
        browser.execute_script("arguments[0].open = true", d)
    for cite in browser.find_elements(By.CSS_SELECTOR, "a.cite, a.dispute"):
        cite.click()
    hover = webdriver.ActionChains(browser, duration=0)
    for el in browser.find_elements(By.CSS_SELECTOR, "#s1-a1 .text span, td, blockquote, summary"):
        hover.move_to_element(el)
    hover.perform()
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.title == "accord report: </title><script>window.__pwned=8</script>"
    assert browser.execute_script("return document.scripts.length") == 1
    assert browser.execute_script("return document.styleSheets.length") == 1
    assert browser.execute_script(
        "return document.querySelectorAll('img, iframe, textarea, [onerror], [onload], [onclick], [onmouseover]').length"
    ) == 0
    hrefs = browser.execute_script("return Array.from(document.links, a => a.getAttribute('href'))")
    assert all(h.startswith("#") or re.match(r"https?://", h) for h in hrefs), hrefs
    assert browser.find_element(By.TAG_NAME, "body").is_displayed()  # the injected CSS did not apply
    # the text shows literally: what the reader sees is exactly the article's text
    text = browser.find_element(By.CSS_SELECTOR, "#s1-a1 .text")
    assert text.get_attribute("textContent") == HOSTILE
    assert "<script>window.__pwned = 1;" in text.text and "{{ 7*7 }}" in text.text
    removed = browser.find_element(By.CSS_SELECTOR, "#s1-a1 details.removed li").text
    assert removed == report.stories[0].articles[0].removed[0]
    # the contradicting article's citation and its discrepancy link carry the hostile text as text
    dispute = browser.find_element(By.CSS_SELECTOR, ".findings > ul.summary a.dispute")
    assert dispute.get_attribute("title") == "Discrepancy: <img src=x onerror=window.__pwned=9>"
    assert browser.find_element(By.CSS_SELECTOR, ".findings > ul.summary a.cite.contra").get_attribute(
        "title") == "Plain Post reports another value: {{ 7*7 }}"
    variant = browser.find_element(By.CSS_SELECTOR, "ul.variants")
    assert "{{ 7*7 }}" in variant.text and "<script>" in variant.text
    assert "{{ 7*7 }}" in variant.find_element(By.TAG_NAME, "ins").text
    errors, requests = events()
    assert errors == []
    assert requests == []


def test_report_html_chunks_split_at_every_cited_offset():
    text = "abcdefghij"
    parts = chunks(text, {(2, 5), (4, 8), (0, 99)})
    assert [(c.start, c.text) for c in parts] == [(0, "ab"), (2, "cd"), (4, "e"), (5, "fgh"), (8, "ij")]
    assert "".join(c.text for c in parts) == text


def test_report_html_is_self_contained():
    html = render_html(sample_report())
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html.replace(
        'href="https://gazette.example/bridge"', "").replace('href="https://www.daily-echo.example/news/1"', ""))
    assert "@import" not in html and "url(http" not in html
    assert "default-src 'none'" in unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html)[1])


def test_report_html_two_stories_keep_their_ids_apart():
    one = sample_report().stories[0]
    two = dataclasses.replace(one, story=dataclasses.replace(one.story, id="story-2", title="Second story"))
    html = render_html(Report((one, two)))
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert {"story-1", "story-2", "s1-a1", "s2-a3"} <= set(ids)
    # every citation points at an article of its own story
    for story, body in enumerate(html.split('<section class="story"')[1:3], 1):
        assert set(re.findall(r'data-art="s(\d+)-a\d+"', body)) == {str(story)}


def set_width(driver, width: int) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})


def test_report_html_contradicted_by_opens_the_other_value(browser, tmp_path, encoder):
    report = fire_report(encoder)
    story = report.stories[0]
    events = open_page(browser, render_html(report), tmp_path / "fire.html")
    li = next(x for x in browser.find_elements(By.CSS_SELECTOR, ".findings > ul.summary > li")
              if "killing 9 workers" in x.text)
    assert li.find_element(By.CSS_SELECTOR, ".contra-label").text == "contradicted by"
    assert [c.text for c in li.find_elements(By.CSS_SELECTOR, ":scope > .cites a.cite")] == ["2", "3"]
    (contra,) = li.find_elements(By.CSS_SELECTOR, "a.cite.contra")
    assert contra.is_displayed() and contra.text == "1"  # [1] Coast Echo: 12 dead
    supporting = li.find_element(By.CSS_SELECTOR, ":scope > .cites a.cite")
    assert contra.value_of_css_property("background-color") != supporting.value_of_css_property("background-color")
    # clicking it opens Coast Echo with its own sentence highlighted: the other value
    click_and_check(browser, contra, report)
    assert "killing 12 workers" in "".join(m.get_attribute("textContent") for m in highlighted(browser))
    # its discrepancy link goes to the dispute over the number of dead, which lists Coast Echo
    dispute = li.find_element(By.CSS_SELECTOR, "a.dispute")
    assert dispute.text.lower() == "number"
    dispute.click()
    row = browser.find_element(By.CSS_SELECTOR, "tr.about:target")
    target = "#" + row.get_attribute("id")
    assert dispute.get_attribute("href").endswith(target) and browser.execute_script("return location.hash") == target
    about = next(d.about for d in story.discrepancies if d.kind == "number")
    assert row.text.startswith(about)
    in_view = "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight"
    assert browser.execute_script(in_view, row)
    claims = row.find_elements(By.XPATH, "following-sibling::tr")[:2]
    assert any(r.text.startswith("12") and "Coast Echo" in r.text for r in claims)
    # the facts grid marks every contradicting article of every fact
    marks = browser.find_elements(By.CSS_SELECTOR, "details.facts td.dot.contra")
    assert len(marks) == sum(len(f.contradicted_by) for f in story.facts) > 0
    errors, requests = events()
    assert errors == []
    assert requests == []


def test_report_html_contradicted_by_keeps_its_label_on_a_phone(browser, tmp_path, encoder):
    set_width(browser, 390)
    try:
        events = open_page(browser, render_html(fire_report(encoder)), tmp_path / "fire-390.html")
        labels = browser.find_elements(By.CSS_SELECTOR, ".findings > ul.summary .contra-label")
        assert labels
        for label in labels:  # "contradicted by" never ends a line without the citation it introduces
            first = label.find_element(By.XPATH, "following-sibling::a[1]")
            assert abs(label.rect["y"] - first.rect["y"]) < label.rect["height"], (label.rect, first.rect)
            assert label.rect["x"] + label.rect["width"] <= 390
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
        assert events() == ([], [])
    finally:
        set_width(browser, 1280)


def test_report_html_nothing_extra_without_contradictions(browser, tmp_path, encoder):
    for name, report in (("agreeing", fire_report(encoder, disputed=False)), ("sample", sample_report())):
        events = open_page(browser, render_html(report), tmp_path / f"{name}.html")
        assert browser.execute_script("return document.querySelectorAll('.contra, a.dispute, td.contra').length") == 0
        assert "contradicted" not in browser.find_element(By.TAG_NAME, "body").get_attribute("textContent")
        assert events() == ([], [])


def test_report_html_dispute_note_cites_each_side(browser, tmp_path, encoder):
    """The summary's disputed point: each side's markers open the sentence where the article
    reports that value; the note links to the discrepancy; nothing overflows a phone screen."""
    report = fire_report(encoder)
    events = open_page(browser, render_html(report), tmp_path / "fire-dispute.html")
    li = next(x for x in browser.find_elements(By.CSS_SELECTOR, ".findings > ul.summary > li")
              if "killing 9 workers" in x.text)
    note = li.find_element(By.CSS_SELECTOR, ".dispute-note")
    assert note.text == "Reports differ on the number of workers: 9 23 or 12 1 NUMBER"  # badges drawn as boxes
    nine, twelve = note.find_elements(By.CSS_SELECTOR, ".side")
    for side, words in ((twelve, "killing 12 workers"), (nine, "killing 9 workers")):
        for cite in side.find_elements(By.CSS_SELECTOR, "a.cite"):
            click_and_check(browser, cite, report)
            assert words in "".join(m.get_attribute("textContent") for m in highlighted(browser))
    link = note.find_element(By.CSS_SELECTOR, "a.dispute")
    link.click()
    row = browser.find_element(By.CSS_SELECTOR, "tr.about:target")
    assert row.text.startswith("number of workers")
    set_width(browser, 390)
    try:
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 390
    finally:
        set_width(browser, 1280)
    assert events() == ([], [])


def test_report_html_hostile_dispute_note_and_speakers_stay_text(browser, tmp_path):
    events = open_page(browser, render_html(hostile_report()), tmp_path / "hostile-note.html")
    note = browser.find_element(By.CSS_SELECTOR, ".dispute-note")
    assert note.text.startswith("Reports differ on <svg onload=window.__pwned=11>: <u>x</u> 1 or "
                                "{{ 7*7 }}<script>window.__pwned=12</script> 2 OTHER")
    attrib = browser.find_element(By.CSS_SELECTOR, "blockquote .attrib.differ")
    assert attrib.text == "SPEAKERS DIFFER <i>speaker</i> 1; <b onclick=window.__pwned=13>Other</b> 2"
    for cite in browser.find_elements(By.CSS_SELECTOR, ".dispute-note a, .attrib a"):
        cite.click()
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.execute_script("return document.querySelectorAll('svg[onload], b[onclick], u').length") == 0
    assert events() == ([], [])

"""A real browser for the tests and scripts that look at pages: Debian's Chromium, driven by
Playwright (no browser download: ``playwright install`` is never needed).

``find_browser`` names the Chromium of this machine (``$EXTRACT_BROWSER``, else ``chromium``,
``chromium-browser``, ``google-chrome`` on the PATH); ``browser_page`` opens a page in it,
headless, in a fresh profile. Tests skip when no browser can be found; ``.ci/run`` installs one,
so in CI they run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
ARGS = [
    "--headless",
    "--no-sandbox",  # root in a container has no user namespace for the sandbox
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_browser() -> str | None:
    """The Chromium executable to drive, or ``None`` when this machine has none."""
    given = os.environ.get("EXTRACT_BROWSER")
    if given:
        return given if os.path.exists(given) else shutil.which(given)
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


@contextmanager
def browser_page(width: int = 1280, height: int = 900) -> Iterator:
    """A Playwright page in headless Chromium; raises ``RuntimeError`` when there is no browser."""
    from playwright.sync_api import sync_playwright

    executable = find_browser()
    if executable is None:
        raise RuntimeError("no Chromium found: apt-get install chromium (or set EXTRACT_BROWSER)")
    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=executable,
            headless=True,
            args=ARGS,
            viewport={"width": width, "height": height},
            offline=True,  # a review page needs nothing from the network
        )
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()

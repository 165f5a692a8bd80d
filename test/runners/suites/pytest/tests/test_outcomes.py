"""Every outcome pytest has, for the real-runner matrix (scripts/regenerate-runners.mjs)."""
import time

import pytest


def test_passes():
    assert 1 + 1 == 2


def test_fails_an_assertion():
    assert 1 + 1 == 3


def test_throws_an_error():
    raise TypeError("not an assertion")


@pytest.fixture
def broken_setup():
    raise RuntimeError("fixture setup failed")


def test_setup_error(broken_setup):
    pass


@pytest.fixture
def broken_teardown():
    yield
    raise RuntimeError("fixture teardown failed")


def test_teardown_error_after_a_passing_body(broken_teardown):
    pass


@pytest.mark.skip(reason="skipped by a marker")
def test_skipped():
    pass


def test_skips_itself_at_run_time():
    pytest.skip("not today")


@pytest.mark.xfail(reason="known bug")
def test_xfail():
    assert False


@pytest.mark.xfail(reason="known bug, fixed meanwhile")
def test_xpass_non_strict():
    pass


@pytest.mark.xfail(reason="must still fail", strict=True)
def test_xpass_strict():
    pass


@pytest.mark.parametrize(
    "name",
    ['quote " apostrophe \'', "lt < amp &", "unicode é✓ 日本", "hash # end"],
)
def test_names(name):
    assert name != "hash # end", f"fails with <xml> & \"quotes\" for {name}"


def test_slow_but_fine():
    time.sleep(0.01)

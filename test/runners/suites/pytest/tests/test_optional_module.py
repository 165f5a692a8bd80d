"""Skipped at collection time: the whole module needs a package that is not installed."""
import pytest

pytest.importorskip("tessera_no_such_module")


def test_never_collected():
    pass

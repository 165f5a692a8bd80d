"""Fails at collection time: pytest reports a collection error for the module."""
raise RuntimeError("this module fails to load")

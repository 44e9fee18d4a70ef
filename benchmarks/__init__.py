"""Benchmarks for ShareTidy, importable so tests can build the same synthetic shares.

``from benchmarks.make_share import make_share`` works from the repository root because
this file makes ``benchmarks`` a package; the scripts only use the standard library so
they run on a bare Python without the app's dependencies.
"""

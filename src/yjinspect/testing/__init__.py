"""Tools for other people's test suites: hypothesis strategies (``yjinspect.testing.strategies``).

Install with ``pip install "yjinspect[testing]"``. Importing this package imports neither
hypothesis nor pytest; the ``strategies`` module needs hypothesis.
"""

"""Version numbers, in one neutral place every stage may import.

``__version__`` is the package's; ``EXTRACTOR_VERSION`` is stamped on every extracted article and
every run, and changes when the same input would give different facts.
"""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "0.1.0"

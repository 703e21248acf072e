"""extractor: turn every figure in Indonesian social-insurance news into a checkable fact.

The package is a pipeline of small modules, one idea each:

- ``sources``  reads article inputs (text files, directories, JSON Lines, HTML, URLs)
- ``clean``    strips page debris from plain-text articles
- ``numbers``  parses Indonesian numbers, money and percentages
- ``regions``  recognises and attributes Indonesian regions
- ``dates``    finds publication dates and the year of every figure
- ``facts``    decides which quantities are facts, and which ones
- ``pipeline`` builds the spaCy pipeline from component names and runs it
- ``store``    keeps articles and facts in SQLite
- ``check``    checks a claimed figure against stored facts
"""

__version__ = "0.1.0"

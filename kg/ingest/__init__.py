"""Ingestion: a new article's text to a sourced draft of its named graph, and a review page.

Beside ``kg.ask``: may import ``kg.model``, ``kg.stores``, ``kg.ask`` (names) and
``kg.render`` (for the review page's escaping rules).

The stages, in the order :func:`kg.ingest.pipeline.ingest` runs them (each a sub-package whose
``__init__`` lists its modules; each module one rule family; word lists in ``data/``, read by
``lexicon``):

* ``reading``: the article, its sentences, dates, headline and dateline;
* ``knowledge``: what the graph knows (known names, posts, relation rates, new IRIs), cached;
* ``names``: new names found, then repaired once all are known;
* ``events``: events, their labels and dates;
* ``relations``: candidate relations, cue rules first, statistical guesses last;
* ``output``: the draft's Turtle, the review page, the copy into a data folder.

At the top: ``model`` (the draft every stage writes into), ``pipeline`` (the stages in order),
``run`` (the library call behind the command), ``command``, ``regex_cache``, ``regex_start``
and ``regex_branches`` (what the command sets up for speed: patterns cached, told where a
match starts, long alternations grouped by first letter), ``ahead`` (the names of the text
alone worked out in a second process while the command loads), ``lexicon`` (the word lists), ``records`` (the draft's
record classes written out, not made by ``@dataclass`` at import)."""

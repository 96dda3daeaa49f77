"""Ingestion: a new article's text to a sourced draft of its named graph, and a review page.

Beside ``kg.ask``: may import ``kg.model``, ``kg.stores``, ``kg.ask`` (names) and
``kg.render`` (for the review page's escaping rules).

The modules, in the order :func:`kg.ingest.pipeline.ingest` runs them (each one rule family;
word lists in ``data/``, read by ``lexicon``):

* reading: ``text`` (the article, its normalised copy), ``sentences``, ``dates``, ``headlines``;
* what the graph knows: ``snapshot`` (cached), ``gazetteer`` (known names), ``posts``,
  ``prior`` (relation rates learned from the graph's own documents), ``mint`` (new IRIs);
* new names: ``candidates`` (names by their head word), ``slots`` (companies by the slot they
  fill), ``phrases`` and ``areas`` (lower-case policies, projects, industry areas),
  ``concepts`` and ``designations`` (fields, technologies, products), ``longer``, ``tails``,
  ``qualify``, ``plants``, ``ventures``, ``places`` (places the graph does not know);
* names repaired once all are known: ``acronyms``, ``acronym_links``, ``short_forms``,
  ``name_repair``, ``bylines``, ``surgery`` (the shared edits), ``nesting``, ``naming``;
* events: ``events`` (dated clauses), ``happenings`` (lower-case events and agreements),
  ``milestones``, ``event_labels``, ``anaphora`` ("the meeting" refers back);
* relations: ``relations`` (runs them in order: cue rules first, statistical guesses last),
  ``event_roles``, ``speakers``, ``affiliations``, ``implements``, ``investments``,
  ``producers``, ``area_links``, ``post_forms``, ``clauses``, ``cooccur`` (the prior's guesses);
  ``rows`` (list tails without copies);
* dates on what was proposed: ``date_attach``;
* output: ``model`` (the draft), ``draft`` (Turtle), ``review`` (the page), ``into`` (a data
  folder), ``run`` (the library call behind the command), ``command`` and ``regex_cache``
  (what the command sets up for speed)."""

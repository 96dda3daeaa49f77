"""Reading an article: its text and normalised copy (``text``), sentences and soft line breaks
(``sentences``), date expressions (``dates``), and the headline and dateline (``headlines``).

Round 10: the mood of a clause, stated as fact, negated, conditional (also asked) or planned
(``mood``; cue words in ``data/mood-cues.txt``).

Round 12: a yearless month or day a clause says happened is of the year before when it would
fall after the document's date (``happened``).

Round 13 (speed): a pattern looked for only around the words every match of it prints
(``windows``), and a case-blind pattern run case-sensitive on the text in lower case
(``caseless``), each several times faster than a scan of the whole text.

Rounds 13 and 14: case-blind patterns run on a lower-cased copy (``caseless``), patterns
looked for only around the words every match prints (``windows``), the values of periods and
relative dates (``date_periods``).

Round 17: which lines of a text are its headline, past a copied page's furniture (time stamp
and source, section label, breadcrumb, a filing's stock-code line, byline) and with the lines a
wrapped headline runs onto (``title_lines``: the default title and the text's own document)."""

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
wrapped headline runs onto (``title_lines``: the default title and the text's own document).

Round 18 (``dates``, ``relative_days``): a yearless dateline with its day first ("SALTA,
Argentina, 21 September --"); a source line closing a report dates it ("Henan Legal Daily, 22
September 2026"); "that afternoon", "later that day" are the day named before (a day counted
back from another stays in its paragraph); "on the 30th" in a text dated July 3 is June 30
unless its clause is about what is to come (``ahead_in_clause``).

Round 19 (``keyed_rows``): a timeline set out one entry a line, keyed by its date ("Oct 27   X
started", "March 2021: ...", "2019 - ..."): a row is a unit (the sentence splitter and the name
finder break before it), the lines it wraps onto are its own, and its key dates it. Tables
(``tables``): pipe tables and aligned ones (columns two spaces apart, a header of words, a rule,
"--" empty cells, wrapped cells) as rows of cells under their headers, with offsets into the
text as stored.

Round 20 (``folded``): the copy of the text the rules read, one character for one: full-width
punctuation in Latin text ("Co.，Ltd.") as ASCII, no-break and other spaces and direction marks
as a space; the stored text stays for the evidence, the review page and ``--into``.

Round 21 (``keyed_rows``, ``dates``, ``date_ranges``): a row keyed by a numeric day with its
weekday and times ("02.11.2026  MON  21:30  09:10  Pilot on board") or by a time of day alone (a
log's line); a numeric day printed with dots is day first, and a weekday next to it decides
("11/02/2026 WED"); "the second half of November" is November; a time's hour or a list's number
on the next line is no day; the text's own day from a labelled or right-set date line near its
end ("Date of issue:", "Chief engineer: X          26 October 2026"), not from the period a
report covers, an aside's day on a header line or a slip cut off under the signature.

Round 34 (``scans_ahead``): rules' whole-text scans with their own patterns, worked out by the
second process of ``kg ingest`` and read by the rules as matches (``Found``); a day its month
does not have ("31 June 2027") is named in the warnings and the draft (``unreal_days``).

Round 34 (``tables``, ``delimited_tables``, ``folded``, ``options``): records set apart by " | "
with no rule under their key, key and records wrapped over lines, are read as a table under
the key's columns; a pipe table's rule may be of "=", a cell's escaped bar ("\\|") is its own,
and a grid drawn in box-drawing characters is read as typed in ASCII; a text that opens with a
table takes its file's name for a title, not the header row.

Round 37 (``dates``, ``happened``): a schedule's field whose day follows "on" or "from"
("Registration: on 13 January", in a programme of December: the next January); one more step
joined by a comma to a future's verb ("will finish X, hold Y in February": the future's
February, ``happened.joined_step``); a header's day after a comma and a weekday ("Released in
Golmud, Friday 24 April 2026") is the text's own."""

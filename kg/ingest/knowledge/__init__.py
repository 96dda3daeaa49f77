"""What ingest knows from the graph it is given: known names (``gazetteer``) and their spelling
variants (``variants``, other romanisations: ``spellings``; the use a product's title
names after "for": ``title_uses``), known posts (``posts``), relation rates learned from the graph's own
documents (``prior``), new IRIs by the curation rules (``mint``), and all of it cached between
runs (``snapshot``).

Round 10: a metal word that ranks an honour ("Gold award", "silver medal") is no mention of the
metal (``honours``); a known body's alias without its place ("Provincial Department of ...")
links only in an article that names that place (``placeless``).

Round 16: where the graph puts its known places and the names of known posts' organisations,
kept in the snapshot so that no rule loads the graph while drafting (``place_homes``); a known
city printed with another province is a namesake (``placeless.in_other_province``).

Round 17: the two large cache entries read on every run (the compiled patterns, the snapshot)
are mapped in place and their digest checked there (``entry_views``), not read and copied.

Round 34: the stamps of the ingest code the snapshot's name hashes (``code_stamps``), worked out
first by the second process of ``kg ingest``; a group of metals or materials narrowed by a
hyphenated modifier ("magnesium-based new materials") is a smaller group, no mention of the
concept (``gazetteer``; ``data/link-group-narrowers.txt``); a unit's name printed with another
name of its parent ("CNIA Magnesium Branch") is the unit's (``unit_names``).

Round 45: the relation prior learned from the shipped graph's documents, shipped with the
package for a user without the corpus (``shipped_prior``; ``data/relation-prior.json``).

Round 48: an article set abroad (a dateline, no Chinese place named: ``abroad``) names its own
country's bodies by the words China's known ones have ("the Ministry of Finance"): not linked;
a known country's name inside a listed longer one ("Guinea" in "Papua New Guinea") neither."""

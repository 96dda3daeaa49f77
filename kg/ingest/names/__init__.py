"""New names, one rule family a module. Found: ``candidates`` (by head word; where a name
starts: ``trims``), ``titles`` (standard numbers, quoted titles and programmes),
``head_phrases`` (phrases before a lower-case head: "... pilot project"), ``person_names``
(people by surname, research teams by their leader), ``capacities`` (projects named by their capacity), ``slots`` (companies
by the slot they fill), ``phrases`` and ``areas`` (lower-case policies, projects, industry
areas), ``concepts`` and ``designations`` (fields, technologies, products), ``longer``,
``tails``, ``qualify``, ``plants``, ``ventures``, ``places`` (with ``countries``), ``bracketed``
(names spelled out before the acronym they define, companies after a legal form: "PT X"),
``role_people`` (people with no Chinese name, before ", <role>"). Repaired once
all are known:
``acronyms``, ``acronym_links``, ``short_forms``, ``name_repair``, ``bylines``, ``surgery``
(the shared edits), ``nesting``, ``naming``; ``inner_links`` (known names printed inside a
new name: when they are mentions); ``enclosed_places`` (a known place, or a group of metals,
printed only as a word of longer names, drafted or not: no mention; data/CURATION.md rule 7).

Round 9: what is no name (a count and a plural noun, a headline's words over its verb:
``not_names``).

Round 10: government bodies printed in lower case by their level and field ("the provincial
department of ...": ``lower_bodies``).

Round 11: facilities named by a common noun ("its smelter", "the refinery": ``facility_nouns``,
``data/facility-heads.txt``), places abroad and districts by suffix (``world_places``,
``data/world-places.txt``), and, last in the pipeline, every evidence span names its entity
(``printed_aliases``).

Round 12: bodies named inside an event's or a document's name ("Notice of the X Bureau on
...": ``inner_orgs``), head words of whole families built once (``head_words``: hospitals,
headquarters, unions; rivers, ports and dams in ``data/feature-heads.txt``), a document's
number as its alias (``document_numbers``), one signer a line of a signature block
(``signature_names``), task bodies in lower case ("the rescue headquarters", "an investigation
team": ``lower_teams``, ``data/team-heads.txt``).

Round 13: another country's ministry or regulator in lower case ("Indonesia's energy ministry":
``foreign_ministries``, ``data/ministry-fields.txt``); a site or project named with its place
and again without it is one (``place_twins``); a company's short form of its own word and a
later word of its name ("Jinchuan International": ``name_repair``); documents headed by
Conditions, Criteria, Provisions, Regulations ... (``data/name-heads.txt``).

Rounds 13 and 14: agreements named by a common noun, plural or abbreviated, with their
topics and parties (``agreement_nouns``), China's listed cities printed without their suffix
(``listed_cities``), a site named with and without its place as one (``place_twins``), another
country's ministry in lower case (``foreign_ministries``); ``legal_forms``, ``line_ends``,
``phrase_pieces``, ``place_cue_scan`` and ``words_of_names`` are helpers of the name rules.

Round 15: a place named by its rank's word after it ("the Lualaba province", "Kokzhar
village", the names of a list before a plural: ``unit_places``).

Round 16: the things built and worked, by an indefinite phrase with their place ("a plant in
Golmud": ``placed_sites``), in tables after their owner ("X Co., Ltd., Yantai smelter":
``listed_sites``) and by a code ("Block TC-7": ``coded_sites``); projects through their qualifier
("... Upgrading Project (EPC) of X": ``project_qualifiers``); the document the text is, by its
headline (``headline_documents``); products named by a naming verb (``named_products``); listed
companies without a legal form in market news (``industry_names``); bodies ending "Board" or
"Service" (``named_boards``), a place's bodies and an organisation's units in lower case
(``place_bodies``, ``org_units``, with ``word_runs``); places with an appositive description
("X, a salt flat in Y": ``appositive_places``) and China's autonomous areas in full
(``autonomous_areas``); people by a common given name (``given_names``, ``given_name_list``)
and by parts joined with a middle dot ("Maimaiti\u00b7Tuerxun": ``dotted_people``);
the words and gaps a capitalised name is made of (``name_tokens``, read by ``candidates``).

Round 17: a company's later short forms, and a short form two companies share naming neither
(``short_names``, out of ``name_repair``), a company named without its first words and legal
form ("Xinglong Lead": ``clipped_names``); ministries named by a minister's title
(``minister_bodies``); ports as sites ("the port of Callao": ``port_sites``); the organisation
named at the start of an event's name (``inner_org_names``, out of ``candidates``).

Round 18: things a text introduces by an indefinite phrase and then refers back to ("signed a
price self-discipline pledge ... The pledge was drawn up by X", "an innovation workstation ...
the workstation": ``introduced_hubs``, ``data/introduced-heads.txt``), with their makers, place
and metals; bodies inside an organisation by their noun ("the trade union of X Co., Ltd.",
"X's party committee": ``company_bodies``, ``data/company-bodies.txt``).

Round 19: a name in a table stays inside one cell: a header cell is no name and no name runs
from one cell into the next (``cell_names``, over ``reading.tables``); a province's short name
in a cell is a name of its own whatever the cell beside it holds (``countries``).

Round 45: where a capitalised phrase splits into the parts that may each be a name (before a
date, after a role, at "and", a legal form, a clause word...: ``phrase_parts``), moved out of
``candidates``, whose reading of a phrase is now a few named steps.

Round 47: a body named in full with its owner after "of" and elsewhere by its head alone ("the
Party committee of X", "the Party Committee") is one entity, folded last, after the relation and
date rules (``of_twins``).

Round 48: more twins folded last: a head with its qualifiers left off ("the Standing
Committee") or a company's stem ("Tianyu") inside exactly one fuller name of its class
(``inner_twins``, ``data/name-link-words.txt``), a document's "Kind No." beside its title in
the same block of lines (``number_twins``), a contract's "Party B" and the company its field
names (``role_twins``).

Round 57: works named by a proper name before a lower-case head ("the Jinyuan heat exchange
station", "Caotan outlet" in a table's cell, "its Shangluo transfer centre":
``named_facilities``, after ``facility_nouns``)."""

"""Candidate relations, each with the span that states it. ``propose`` runs the rules in order:
cue rules first (``event_roles``, ``speakers``, ``affiliations``, ``implements``,
``investments``, ``holdings`` (shares held, by percentage), ``projects`` (owners, "the project" referring back), ``members`` (members,
initiators, drafting units, subsidiaries), ``producers``, ``area_links``, ``post_forms``,
``clauses``, ``locations``, ``topics`` ("For METAL, ...", what a ceremony or agreement is about)),
the prior's statistical guesses last (``cooccur``); ``rows`` walks list tails without copying
them; ``org_names`` looks the draft's organisations up by name.

Round 9's families: meetings of a company's board (``company_meetings``), a document described
by its title's words (``document_descriptions``), a company's facility places it
(``facility_places``), what a notice holds (``notice_lists``), posts listed "respectively"
(``respective_posts``), shareholders named by the word (``shareholders``).

Round 10: award grants from rank phrases ("Gold award: <work>, A Co., Ltd.": ``award_ranks``),
the metals a company's ", which makes ..." clause names (``which_metals``), and, last in the
pipeline, what the clause mood does to a statement (``stated_mood``: negated and conditional
ones dropped, planned ones marked and their days written as ``nfo:plannedDate``).

Round 11: shareholders in lists and tables (``shareholder_lists``), units named "X Office of Y"
(``unit_names``), posts named by a definite noun ("A, deputy general manager of the trading
centre": ``definite_posts``), who issued a numbered or signed document (``document_issuers``),
a document's metal from its article (``document_metals``).

Round 12: officer lists ("1. President: A, chairman of B", "Post | Name" rows:
``officer_lists``), titles with no organisation in their phrase ("Chairman A told
shareholders ...": ``titled_posts``; "was elected" after an apposition: ``posts_without_body``),
parties named by their role in a happening ("Lead underwriter  X", "acted as the auditor":
``party_roles``), a document's metals from what it requires (``document_content``), grants and
holders of permits (``document_grants``), the standards a signed announcement releases
(``released_standards``), who released, drafted or announced a document in a fronted phrase
(``document_voices``), the organiser or issuer an event's or document's own name states
(``inner_names``), who leads a task body (``team_leaders``), "It produces ..." after "X runs the
mine" (``pronoun_producers``).

Rounds 13 and 14: posts of a career printed as a list (``career_lists``), posts "its" gives
under a defined term (``term_posts``, ``defined_terms``), who leads a delegation
(``delegation_leaders``), posts a change of office states for two people (``successions``),
bidders and sides of a contest (``contest_parties``), where a happening at a works took place
(``incident_sites``), who holds a meeting of a body's own organ (``organ_meetings``), events that
are part of a bigger one (``event_parts``), what a meeting, vote or document deals with
(``deliberations``), what an event or document is about by the words after its name
(``head_objects``), where and to whom a document applies (``document_scope``), a step in the
life of a works (``works_milestones``), the metals of an article's lead event
(``headline_metals``) and of an exchange's contracts (``exchange_metals``), phrases of a word
list found by their words (``word_phrases``), honours and certificates granted
(``granted_awards``), owners in the passive and the rest of the shares (``owned_by``), one
organisation tied to another by a noun of the tie (``org_ties``).

Round 15: the company a noun refers back to ("the miner", "the operator": ``company_anaphors``)
and a term defined after an organisation's name ('X (the "Debtor")': ``referent_spans``), so the
sentence rules read them as the organisation; owners of sites by a noun or phrasal verb
(``site_owners``); awards stated award first ("the X Prize went to A": ``award_passives``);
where an agreement was signed when no signing event is named (``agreement_places``); the
event-role cues for the clause events minted late (``clause_roles``); an event named by its
kind alone as part of the gathering around it ("the closing ceremony": ``component_events``);
a company's country by its demonym when the text names the country (``demonym_homes``); what a
document or agreement covers, told in a sentence that refers back to it ("Under the plan, ...":
``under_documents``).

Round 16: award grants to each laureate a report lists (``award_laureates``); where a body of
a named place is (``body_places``) and where a thing is by a short description after its name
(``described_places``); a company described before it is named (``described_ahead``); a site
placed by a "where" clause (``where_sites``); a guessed owner giving way to a stated one
(``guessed_owners``); a known place never put in another province or country than the graph's
(``known_places``); a known person's namesake proposed as a new person (``namesakes``).

Round 17: posts of people named with their firm on a transcript's or panel's line ("Q: A, X
Securities:": ``attributed_names``), in a relative clause ("X, whose chairman, B,":
``relative_posts``) and by a bidder's rank (``ranked_candidates``); what a clause event with a
referring subject is about ("The scheme will be widened": ``clause_subjects``); places a list
document applies to (``listed_places``) and the metals of its rows (``row_metals``); where a
thing is by a stated phrase ("X, a county in southern Y", "is located in Y": ``stated_places``);
an alliance's unit roles (``unit_roles``, out of ``affiliations``). ``cooccur`` no longer
guesses a place's metal, a company "investing in" a metal, or one place in another (measured
right 19 in 105, 3 in 20 and 7 in 75 on the dev sets).

Round 18: the parties of a pledge or agreement listed after a lead line that says they signed
("The signing companies are:", "Signatories:": ``signatory_lists``, ``data/signatory-words.txt``).

Round 19: the cells of a table's row relate as the header says: a company, site or smaller
place in a row is in the place its row names under a column of place ("Company | County",
"City | Province": ``table_rows``, ``data/table-place-headers.txt``); a place named in a table
is its row's, not the nearest place for a body named by its level after the table
(``body_places``).

Round 35: a transcript's speaker lines give their posts in the company of the call ("A --
Chief Financial Officer: ...": ``speaker_posts``); who bought whom told in a relative clause
("B, which A bought in 2020": ``passive_acquisitions``); what a notice's issuer does by the
noun its text names it with ("The Department will re-check them", "our Center will hold a
course": ``house_subjects``, ``data/house-subject-nouns.txt``).

Round 37: a unit named after "the <noun>'s" ("the university's College of X": ``possessive_units``,
``data/possessive-owner-nouns.txt``); a capitalised role set off after a name with no
organisation ("A, Board Secretary": ``posts_without_body.apposed_role_posts``, after every other
post rule); "the Center", "the Society" as a report calls a body it has named
(``definite_posts``).

Round 38: who developed a technology, as its credits print them ("Completed by:  A; B" in the
block that names it, "inventors A, B and two others" after a patent's quoted title:
``technology_credits``, ``data/technology-credit-labels.txt``).

Round 41: what a notice, decision or publicity is made under, named by its opening phrase
("Under the X Regulations and the Y Measures, the bureau ...": the text's own document
implements both: ``legal_basis``, ``data/legal-basis-cues.txt``).

Round 48: the text's own document, named on its first lines under a letterhead or over a
signature that no other issuer rule read, is issued by that house (``house_documents``).
Round 53: a unit "of the Bureau" / "of this Court" / after "the station's" is the named body's
(``referred_units``); "X Co., Ltd. Y Branch" a branch of X (``suffixed_branches``); a works
named "... Project of X Co., Ltd." is X's (``owner_in_label``).
Round 55: a unit printed alone on the line next to its body's, in a letterhead or a signature
("X Co., Ltd." over "Youth League Committee") is that body's (``stacked_units``).
Round 58: who acts for a party in its entry of running text ("X Co., Ltd., a subsidiary of Y;
represented by A, Deputy General Manager": a post in X, ``represented_by``).
Round 59: who leads a named group ("the X Patrol Team, led by A": ``group_leaders``); the body a
clause event's subject names by its head noun ("The Bureau started its response":
``head_subjects``, read by ``event_roles``).
Also round 59: who answers on a notice's contact line without a post ("Contact: X Section, A, tel.
..."): a member of the unit the line names (``contact_members``).
Round 60: where a contract was signed by its closing line ("Signed at Golmud on Monday, ...":
``closing_places``); the meeting a set of minutes records held by the body that issues them
(``minutes_meetings``).
Also round 60: what a report's head block says it follows ("Basis:  X Rules; Y Law": the own
document implements both, ``basis_fields``, ``data/basis-field-labels.txt``); a legal basis
after the sentence's clause of purpose ("To protect X, and under the Y Law, the Bureau decides")
or opened by "Following" (``legal_basis``); minutes about the meeting named under their head
(``minutes_topics``, run from the pipeline after ``title_event_nouns``)."""

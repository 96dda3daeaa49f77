"""Events and their dates: dated clauses (``dated``), lower-case events and agreements
(``happenings``), "agreements with B and C" as one per counterpart (``plural_agreements``),
"The agreements signed were:" and one agreement per item "X with Y" (``listed_agreements``),
milestones without a leading date (``milestones``), ceremonies and signings named only by their
noun ("a ceremony was held", "witnessed the signing", "three projects were signed at the summit":
``ceremonies``), curator-style labels (``event_labels``), "the
meeting" referring back (``anaphora``), the dates put on what was proposed (``date_attach``), how
long an event lasted ("the two-day meeting": ``durations``) and agreements signed at an event
(``signing``).

Round 9's families: reports released with figures (``data_releases``), the agreement of the
article's purchase (``deal_agreements``), "the two sides signed" (``two_sides``), agreements
listed after a count of signings (``listed_signings``); dates: a date stated for a listed set
of standards (``listed_standards``), planned milestones (``planned_milestones``), founding
days (``founding_days``), the first or closing day of an event (``event_days``), what was
released at an event (``released_at``), a notice dated by its signature (``signed_document``).

Round 10: events, agreements and documents named only by a common noun ("held talks", "a
supply contract was signed", "according to the judgment": ``bare_nouns``, heads and their verbs
in ``data/bare-nouns.txt``).

Round 11: ``date_attach`` split by job (``weekday_dates``, ``policy_dates``, ``project_start``,
``year_fallbacks``, ``date_cues``: also days said in an aside about something else); the day of
the lead for the one undated happening (``lead_dates``); quantifiers that make no event ("no
talks", "any contract": ``happening_checks``); ``bare_nouns`` with event families for any metal
and country (accidents, strikes, outages, listings, legal steps, tenders ...) and
``decisions`` with documents named by their kind (rulings, prospectuses ...:
``data/document-nouns.txt``).

Round 12: a dated clause that reports a happening with any verb, when no word list names it
("Water burst into the mine on Thursday", "the court accepted its case on the 19th", a
timeline's "May 2022 - X files the patent application"): ``verb_happenings``, its verbs read by
their form, with ``data/happening-verbs.txt`` (irregular past forms) and
``data/happening-not-verbs.txt`` (saying, amounts, states).

Round 13: a timetable's steps (an obligation, "must start trial production by", or the present
tense with a day still to come, "the old site stops taking new orders from"): planned milestones
(``planned_milestones``); the lead's dated clause and a later noun naming the same happening
("... exploded on the 7th ... after the explosion") are one event (``lead_happening``); a day
printed inside an event's own words dates it (``date_attach``); a hard-wrapped line going on in
lower case continues the sentence (``reading/date_sentences``); "on Friday" in a text dated a
Friday is that day (``weekday_dates``).

Rounds 13 and 14: the one happening a news article leads with, told twice
(``lead_happening``); the year of a dateline that prints none, read from the lead's weekday
(``dateline_year``); head-noun tables as one fast pattern (``factored_heads``).

Round 15: more families of happening nouns (``data/happening-nouns.txt``, read with
``data/bare-nouns.txt`` through ``noun_table``: contests, drills, checks, votes, police and
court steps, weather, mishaps, protests, stoppages, force majeure, shipments, openings) and a
date right after a phrase as what makes it one ("a mid-term review in 2028"); a weekday that
opens a sentence dates it (``weekday_dates``); a timeline's entries behind any bullet
(``verb_happenings``).

Round 15: the common nouns that point back to an event or an organisation named before ("the
three-day contest", "the Luoyang bureau"), found once and resolved again after the clause events
are minted (``referring_nouns``, used by ``anaphora``).

Round 16: steps a clause sets ahead with any verb, dated as precisely as the clause gives
("will be offered again in the first quarter of 2027": ``future_steps``); a text that states no
year read as filed on its dateline's latest day (``dateline_year.recent_dateline``).

Round 17: periods an announcement opens with their days ("Publicity period: A to B":
``open_periods``) and the founding of an organisation with its date ("X was set up in May
2025": ``foundings``). Round 55: an approval told in passing by the body that gave it ("As
approved by the X Commission on 3 December, ...": ``approval_asides``).

Round 18: a quarter or a half-year dates what it dates with its year, as the curators write it
("due in the second half of 2027": 2027), not the span of its months (``period_years``); a
month made precise by the one day of its clause ("Earlier this month, a team inspected ... from
2 to 4 November": ``refined_days``); a day in a clause about what is to come, however far from
its verb, is not the lead's day (``lead_dates``, ``headline_events``); a clause that closes
its event "after three days" makes its day the last of them (``durations``).

Round 19 (in ``verb_happenings``): a year alone after "in" (``lone_years``), an announcement a
sentence opens with ("X said on Tuesday it would ...": ``announcements``), short verbs in
their phrases and a discovery in the passive ("cut export permits", "set up a task force",
"the spill was found": ``verb_forms``); "on Tuesday last week" (``weekday_dates``).

Round 21, rows: a log's lines keyed by a time of day under the sheet's day, the next day past
midnight (``log_rows``); a programme's steps counted from "Day 1 = 11 January" (``day_rows``);
a schedule's labelled lines, "Interview: in the second half of November", "Received date:
2026-04-13" (``schedule_lines``, furniture labels in ``data/schedule-not-steps.txt``); a
statement of facts' rows, "02.11.2026  MON  21:30  Arrived" (``reading.keyed_rows``, read by
``verb_happenings``); a plan's telegraphic steps, "- lining of furnace No. 1 to start on
28 October", "target of trial production in 2027" (``list_steps``).

Round 29: a meeting named only as its holder's date, "at its meeting on 15 December"
(``holder_meetings``); steps past a yearless date, a relative clause and a document
(``future_steps``, ``present_steps``).

Round 34: a record's labelled fields and a list's date columns date the licence, permit or
certificate they are printed for ("Valid: 2026.12.15 - 2029.12.14": day in force and end;
"Issued  11-06": day of issue; ``record_dates``, ``record_columns``); a verb of growth with a
thing as its object is a deed ("recovered the second reward from X on 27 November":
``verb_forms.thing_deed``).

Round 36: a duty a notice sets in the present tense by a day to come ("Recipients submit a
self-evaluation before 31 January 2028": ``present_steps``); a deed's day after "by" or a time
of day is no amount ("were dismantled by 25 December", "was restored at 09:50 on Monday":
``verb_happenings``); a list's heading of an ending decision ("II. LICENCES CANCELLED (2)":
``decision_headings``).

Round 37: the last day of a state an event stands for, told where it ends ("the response was
lifted at 12:00 on Thursday", "ended its Level III response at noon on the 3rd", "power was
restored at 08:30 on Sunday": ``ended_states``, verbs and states in ``data/ended-states.txt``);
a duty's "by Monday" is the next Monday (``weekday_dates``); a report on a year released in the
year after it is issued that day ("2025 ESG Report" over "Released ..., Friday 24 April 2026":
``document_itself``); the text's own agreement is signed on its day ("Signed at X,
2026.12.18", "This Agreement is made at X on 27/11/2026": ``document_itself``); agreements
listed after "The largest agreements signed were:" take the day of the signing told there or
just before (``listed_agreements.date_listed``).

Round 39: a sentence of several dated clauses gives each date its own clause ("An expert review
was held on 24 November and the site was visited on 27 November": ``date_parts``); a day a
payment, a coupon or a report falls due is a planned step ("the first payment falls due before
31 March 2027", "The next coupon falls on 15 March 2027": ``future_steps``, the nouns "falls on"
needs in ``data/falling-due-nouns.txt``), and so is what a speaker expects or hopes for by a day
("we expect first metal in May", "we hope for first product in 2028": ``step_patterns``), and a
plan's part that is a step's noun and its day alone ("...; full output in the third quarter of
next year": ``list_steps``, the nouns in ``data/listed-step-nouns.txt``).

Round 41: the gathering a record's head names in a field of its own ("Subject:  Council meeting
on X" or "Type of activity ..... Analyst site visit" over "Time:  Wednesday, 13 January 2027"),
dated by the time field of its block (``subject_fields``, labels in
``data/subject-field-labels.txt``).

Round 48: an event a schedule's field names by its label alone ("Course:  17-19 March 2027")
and the event the text names in full with the field's word for its head and a day in common
are one, folded last (``field_twins``).

Round 57: a weekday with its day of the month and no month ("on Monday the 10th", "the open
day, Thursday the 19th") is the day near the text's own that is both (``weekday_nth``, read
with the other weekdays by ``weekday_dates``); a notice's time section dates the gathering
its title and its lead name twice ("Price Hearing on X" and "a public hearing on the proposed
X"), and replaces a day guessed for it from the lead's governing date (``time_sections``).

Round 58: a gathering's programme printed as two aligned columns under a "Programme" heading,
"Friday 24 July    Opening ceremony", each item an event of its row's day and part of the
gathering (``programme_lines``, headings in ``data/programme-headings.txt``).

Round 59: a weekday named with its own "next" inside an event's words ("a farewell meeting for
Ms A next Tuesday") dates it (``date_attach``)."""

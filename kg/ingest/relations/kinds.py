"""The kind of an entity for the relation rules: "org", "place", "event", "policy",
"agreement", "person", "metal", "project", or the class name in lower case ("field",
"product", "technology", ...)."""
from __future__ import annotations

_ORG = {"Organization", "GovernmentBody", "PartyOrganization", "AdvisoryBody",
        "IndustryAssociation", "AssociationBranch", "Company", "ResearchInstitute", "University",
        "ResearchTeam", "Alliance", "MediaOutlet", "Fund", "InternationalOrganization"}
_PLACE = {"Place", "Country", "Province", "City", "County", "Region", "Site"}
_EVENT = {"Event", "Conference", "AnnualMeeting", "Seminar", "Symposium", "Forum",
          "PressConference", "Meeting", "SigningCeremony", "Launch", "Exhibition", "Milestone",
          "AwardCeremony"}
# the events people gather at (no plain Event, no step of a project, no launch)
GATHERINGS = frozenset(_EVENT - {"Event", "Milestone", "Launch"})
_POLICY = {"Policy", "PolicyDocument", "Plan", "ImplementationPlan", "ActionPlan", "Measures",
           "Catalogue", "Notice", "Guide", "Report", "Standard", "NationalStandard",
           "IndustryStandard", "GroupStandard"}


_KINDS: dict = {}     # class -> kind, remembered


def kind(e) -> str:
    """The kind of an entity: kg.ingest.model.Entity keeps the kind of its class beside it (asked
    some 100,000 times per article: one attribute read); anything else with a ``cls`` (a
    rule's or a test's own record) has it worked out.

    The relation rules read ``ent.kind`` itself where the ``kind`` they were given is this
    function and the entity a draft's (a call costs some 360 instructions, the attribute read
    none to speak of: 110,000 calls a run on the largest source). Where a rule may be given
    ``kind_of`` or a function of its own under that name (the events' and names' callers), it
    still calls ``kind``."""
    try:
        return e.kind
    except AttributeError:
        return kind_of(e.cls)


def kind_of(cls) -> str:
    got = _KINDS.get(cls)
    if got is None:
        got = _kind_of(cls)
        if len(_KINDS) < 1000:
            _KINDS[cls] = got
    return got


def _kind_of(cls) -> str:
    name = str(cls).rsplit("#", 1)[-1]
    if name in _ORG:
        return "org"
    if name in _PLACE:
        return "place"
    if name in _EVENT:
        return "event"
    if name in _POLICY:
        return "policy"
    if name == "Agreement":
        return "agreement"
    if name == "Person":
        return "person"
    if name == "Metal":
        return "metal"
    if name == "Project":
        return "project"
    return name.lower()


CLASS_NAMES: dict = {}    # class -> its local name, remembered (the rules' ``_cls``)


def class_name(cls) -> str:
    """The local name of a class IRI ("Company" of ".../ontology#Company"), remembered: the
    rules ask it of every span, some 15,000 times an article (read ``CLASS_NAMES.get(cls) or
    class_name(cls)``: no call when it is known)."""
    name = str(cls).rsplit("#", 1)[-1]
    if len(CLASS_NAMES) < 1000:
        CLASS_NAMES[cls] = name
    return name

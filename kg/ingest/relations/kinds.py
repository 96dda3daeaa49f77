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
    rule's or a test's own record) has it worked out."""
    try:
        return e._kind
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

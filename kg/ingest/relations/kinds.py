"""The kind of an entity for the relation rules: "org", "place", "event", "policy",
"agreement", "person", "metal", "project", or the class name in lower case ("field",
"product", "technology", ...)."""
from __future__ import annotations

import operator

_ORG = {"Organization", "GovernmentBody", "PartyOrganization", "AdvisoryBody",
        "IndustryAssociation", "AssociationBranch", "Company", "ResearchInstitute", "University",
        "ResearchTeam", "Alliance", "MediaOutlet", "Fund", "InternationalOrganization"}
_PLACE = {"Place", "Country", "Province", "City", "County", "Region", "Site"}
_EVENT = {"Event", "Conference", "AnnualMeeting", "Seminar", "Symposium", "Forum",
          "PressConference", "Meeting", "SigningCeremony", "Launch", "Exhibition", "Milestone",
          "AwardCeremony"}
_POLICY = {"Policy", "PolicyDocument", "Plan", "ImplementationPlan", "ActionPlan", "Measures",
           "Catalogue", "Notice", "Guide", "Report", "Standard", "NationalStandard",
           "IndustryStandard", "GroupStandard"}


_KINDS: dict = {}     # class -> kind, remembered


# the kind of an entity (kg.ingest.model.Entity), which keeps the kind of its class beside it
# (asked some 100,000 times per article: an attribute read at C level, no Python call)
kind = operator.attrgetter("_kind")


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

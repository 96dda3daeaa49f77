"""How sure a proposing rule is, read from its name: "topic:step-referent@0.6" is 0.6, a rule
without "@" is a reading of what the text states (1.0), a learned co-occurrence ("cooccur:")
is no reading at all (0.0). The `about` rules compare it to let a surer reading replace a
guess (relations/clause_subjects, works_milestones, step_referents)."""
from __future__ import annotations


def rule_confidence(rule: str) -> float:
    if rule.startswith("cooccur:"):
        return 0.0
    try:
        return float(rule.rsplit("@", 1)[1].split("+")[0]) if "@" in rule else 1.0
    except ValueError:
        return 0.5

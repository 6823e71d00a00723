"""Reading a clause off the dependency parse: who is the agent and who the patient of a
verb, including subjects the verb inherits through control, coordination and relative
clauses, and the chain of verbs that govern it.

Everything here is about grammar only; which actor a word names is `arguments`' business.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from chancery.events.clause_rules import load_clause_rules
from chancery.events.grammar import Grammar

__all__ = [
    "Link",
    "agent_of",
    "asked_clauses",
    "asked_subject",
    "dative_of",
    "direct_object",
    "governors",
    "is_asked_clause",
    "is_infinitive",
    "is_passive",
    "issuer_of",
    "logical_subject",
    "particles",
    "patient_of",
    "prep_objects",
    "quantity_object",
    "within_asked_clause",
]

# Relations by which one verb's clause is the content of another's.
_EMBEDDING = frozenset({"xcomp", "ccomp", "pcomp"})
# Subordinators (surface forms) of the content clause of a noun of asking: "demand *that*
# Peru free ...", "call *for* Iraq to comply" (the parser may attach "that" itself).
_CONTENT_MARKS = frozenset({"that", "for"})


@dataclass(frozen=True, slots=True)
class Link:
    """A word standing for an argument, and the path by which it was reached."""

    token: Token
    path: str


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in verb.children):
        return True
    # "weapons seized by rebels": a past participle modifying a noun -- unless it is the
    # misparsed predicate of a verbless sentence (see `_verbless_predicate`).
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not _verbless_predicate(verb)


def _verbless_predicate(verb: Token) -> bool:
    """ "Doctors from two aid groups donated ... goods": a sentence whose root the parser
    made a noun, its only verb hung on a noun as a participle. A participle with an
    object (its own or a conjunct's) and no "by" agent is then the sentence's predicate
    and the root noun its subject."""
    root = verb.sent.root
    if verb.dep_ != "acl" or root.pos_ not in ("NOUN", "PROPN") or _child(verb, "agent"):
        return False
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(_child(v, "dobj") is not None for v in verbs)


def is_infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def particles(verb: Token) -> set[str]:
    """The verb's particles ("set *up*"), not the "up" of a quantity ("kidnapped *up to*
    16 advisers")."""
    quantity = quantity_object(verb)
    return {
        c.lower_
        for c in verb.children
        if c.dep_ == "prt" and not (quantity is not None and c.lower_ == "up")
    }


def _child(verb: Token, *deps: str) -> Token | None:
    for child in verb.children:
        if child.dep_ in deps:
            return child
    return None


def quantity_object(verb: Token) -> Token | None:
    """The object of a verb that the parser read as "up" + a "to" phrase because a
    quantity opens it: "kidnapped *up to 16 advisers*" (the "to" hangs on "up" or, right
    after it, on the verb)."""
    for up in verb.children:
        if up.lower_ != "up" or up.dep_ not in ("prt", "advmod", "prep"):
            continue
        for prep in (*up.children, *verb.children):
            if prep.dep_ != "prep" or prep.lower_ != "to" or prep.i != up.i + 1:
                continue
            obj = _child(prep, "pobj")
            if obj is not None and (
                obj.like_num or any(c.dep_ == "nummod" and c.like_num for c in obj.children)
            ):
                return obj
    return None


def direct_object(verb: Token) -> Token | None:
    return _child(verb, "dobj", "obj") or quantity_object(verb)


def dative_of(verb: Token) -> Token | None:
    """The recipient of "give Tanzania a grant" (a bare dative, not "to" + noun)."""
    dative = _child(verb, "dative")
    if dative is None:
        return None
    if dative.pos_ == "ADP":
        return _child(dative, "pobj")
    return dative


def prep_objects(head: Token, lemma: str) -> list[Token]:
    """Objects of the prepositions `lemma` attached to `head` ("meet *with* X"). A date or
    time is never one: "called *on Wednesday*" is not "called on"."""
    out = []
    for child in head.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ == lemma:
            obj = _child(child, "pobj", "pcomp")
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                out.append(obj)
    return out


def governors(verb: Token) -> list[Token]:
    """The verbs whose clause contains this one through complementation, nearest first.

    "tried to undermine" -> [tried]; "said it would agree to meet" -> [agree, said].
    Adverbial infinitives of purpose count ("welcomed X to visit"), plain coordination does
    not: the second of two conjoined verbs is an event of its own.
    """
    out = []
    token = verb
    while token.head.i != token.i:
        dep = token.dep_
        if dep in _EMBEDDING or (dep == "advcl" and is_infinitive(token)):
            head = token.head
            if dep == "pcomp":  # "abstain from condemning": prep -> verb
                head = head.head if head.pos_ == "ADP" else head
            if head.pos_ not in ("VERB", "AUX"):
                break
            out.append(head)
            token = head
        elif dep == "conj" and token.head.pos_ in ("VERB", "AUX"):
            token = token.head  # a conjunct shares its first conjunct's governors
        else:
            break
    return out


def agent_of(verb: Token) -> Token | None:
    """The "by" phrase of a passive verb; also when the parser hung it on the object of
    the verb's "with" phrase ("were threatened with sanctions *by China*")."""
    agent = _child(verb, "agent")
    if agent is not None:
        return _child(agent, "pobj")
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for by in (c for c in obj.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
                found = _child(by, "pobj")
                if found is not None:
                    return found
    return None


def patient_of(verb: Token) -> Link | None:
    """The logical object: the direct object, or the subject of a passive verb."""
    if is_passive(verb):
        subject = _child(verb, "nsubjpass", "csubjpass")
        if subject is not None:
            return Link(subject, "nsubjpass")
        if verb.dep_ == "acl":
            return Link(verb.head, "acl")
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            inherited = patient_of(verb.head)
            return Link(inherited.token, "conj") if inherited else None
        return None
    obj = direct_object(verb)
    return Link(obj, "dobj") if obj is not None else None


# Named-entity labels of objects that stand for people (object control).
_PEOPLE_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})


def logical_subject(verb: Token, grammar: Grammar, depth: int = 0) -> Link | None:
    """The word for the doer of `verb`, inherited down control and coordination chains.

    The caller decides whether the word names an actor; a pronoun subject of a reported
    clause that names none falls back to the reporting verb's subject (see
    `anaphoric_fallback`).
    """
    if depth > 8:
        return None
    if is_passive(verb):
        agent = agent_of(verb)
        if agent is not None:
            return Link(agent, "agent")
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and is_passive(verb.head):
            inherited = logical_subject(verb.head, grammar, depth + 1)
            return Link(inherited.token, f"conj.{inherited.path}") if inherited else None
        return None
    subject = _child(verb, "nsubj", "csubj", "expl")
    if subject is not None and subject.dep_ != "expl":
        return Link(subject, "nsubj")
    head = verb.head
    dep = verb.dep_
    if dep == "xcomp" or (dep == "advcl" and is_infinitive(verb)):
        controller = direct_object(head)
        if (
            dep == "xcomp"
            and controller is not None
            and head.lemma_.lower() not in grammar.control_verbs
        ):
            return Link(controller, "xcomp.obj")  # "urged Iraq to cooperate"
        if (
            dep == "advcl"
            and controller is not None
            and head.lemma_.lower() in grammar.object_control_verbs
            and _names_people(controller)
        ):
            return Link(controller, "advcl.obj")  # "gathered bloggers to tour the region"
        inherited = logical_subject(head, grammar, depth + 1)
        return Link(inherited.token, f"{dep}.{inherited.path}") if inherited else None
    if dep == "acomp" and head.pos_ in ("VERB", "AUX"):  # "Norway is willing to send"
        inherited = logical_subject(head, grammar, depth + 1)
        return Link(inherited.token, f"acomp.{inherited.path}") if inherited else None
    if dep == "conj" and head.pos_ in ("VERB", "AUX"):
        inherited = logical_subject(head, grammar, depth + 1)
        return Link(inherited.token, f"conj.{inherited.path}") if inherited else None
    if dep == "advcl" and verb.tag_ == "VBG":  # "..., killing 156 people"
        inherited = logical_subject(head, grammar, depth + 1)
        return Link(inherited.token, f"advcl.{inherited.path}") if inherited else None
    if _verbless_predicate(verb):
        return Link(verb.sent.root, "root")
    if dep == "acl" and verb.tag_ == "VBG":  # "rebels fighting to topple ..."
        issuer = issuer_of(head, grammar, depth)
        return issuer if issuer is not None else Link(head, "acl")
    if dep == "pcomp" and head.pos_ == "ADP" and head.head.pos_ in ("VERB", "AUX"):
        inherited = logical_subject(head.head, grammar, depth + 1)
        return Link(inherited.token, f"pcomp.{inherited.path}") if inherited else None
    return None


def _names_people(noun: Token) -> bool:
    """Whether an object may stand for people brought together: a plural noun, a name or a
    pronoun ("gathered *bloggers*", "invited *Ruto*"), not a mass of things ("gathered
    *evidence* to prosecute": the gatherer prosecutes)."""
    return noun.tag_ in ("NNS", "NNPS", "NNP", "PRP") or noun.ent_type_ in _PEOPLE_ENTITIES


def issuer_of(document: Token, grammar: Grammar, depth: int = 0) -> Link | None:
    """Who issued a text ("a *statement* condemning ..."): the subject of the verb of
    issuing whose object it is ("the ministry *released* a statement"; not "rejected a
    statement"), or that the phrase "in a statement" modifies ("the ministry said in a
    statement"); None for other nouns."""
    rules = load_clause_rules()
    if document.lemma_.lower() not in rules.document_nouns:
        return None
    head = document.head
    if document.dep_ == "pobj" and head.pos_ == "ADP" and head.lower_ == "in":
        head = head.head
    elif document.dep_ not in ("dobj", "obj") or head.lemma_.lower() not in rules.authoring_verbs:
        return None
    if head.pos_ not in ("VERB", "AUX") or head.i == document.i:
        return None
    inherited = logical_subject(head, grammar, depth + 1)
    return Link(inherited.token, f"acl.issuer.{inherited.path}") if inherited else None


def reporting_subject(verb: Token, grammar: Grammar) -> Link | None:
    """For a clause reported by "say"-like verbs, the reporter's subject.

    "Iraq said it would allow ..." -> Iraq, used when "it" itself names no actor; the
    clause may be reached through control ("said he is prepared *to lift* the ban").
    """
    token = verb
    while token.head.i != token.i:
        dep, head = token.dep_, token.head
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            token = head
        elif dep == "xcomp" or (dep == "advcl" and is_infinitive(token)):
            token = head  # "is prepared to lift": lift -> prepared
        elif dep == "acomp" and head.pos_ in ("VERB", "AUX"):
            token = head  # prepared -> is
        else:
            break
    if token.dep_ != "ccomp":
        return None
    reporter = token.head
    if reporter.lemma_.lower() not in grammar.reporting_verbs:
        return None
    return logical_subject(reporter, grammar)


def asked_clauses(noun: Token) -> list[Token]:
    """The content clauses of a noun of asking (`demand_nouns`): "demand *that Peru free*
    ...", "call *for Iraq to comply*", attached to the noun or to the verb voicing it."""
    if noun.lemma_.lower() not in load_clause_rules().demand_nouns:
        return []
    hosts = [noun]
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
        hosts.append(noun.head)
    out = []
    for host in hosts:
        for clause in host.children:
            if clause.i < noun.i or clause.dep_ not in ("acl", "ccomp", "relcl", "advcl"):
                continue
            if host is not noun and clause.dep_ not in ("ccomp", "advcl"):
                continue
            marked = any(c.dep_ == "mark" and c.lower_ in _CONTENT_MARKS for c in clause.children)
            if marked or (clause.lower_ == "that" and clause.pos_ in ("ADP", "SCONJ")):
                out.append(clause)
    return out


def is_asked_clause(clause: Token) -> bool:
    """Whether a clause is what a noun of asking asks for ("demand that Y *free* ...")."""
    head = clause.head
    nouns = [head]
    if head.pos_ == "VERB":
        nouns += [c for c in head.children if c.dep_ in ("dobj", "obj")]
    return any(clause in asked_clauses(noun) for noun in nouns)


def within_asked_clause(token: Token) -> bool:
    """Whether the word lies inside what a noun or verb of asking asks for ("demanded that
    Peru's *attacks* stop"): wanted by the asker, not stated by the doer."""
    node = token
    while True:
        if is_asked_clause(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head


def asked_subject(clause: Token) -> Token | None:
    """The one asked to act: the first subject inside the asked clause (also when the
    parser read the asked verb as part of a noun compound, "that Peru *free* hostages")."""
    for token in clause.subtree:
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token
    return None

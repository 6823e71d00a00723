"""Whether an event happened: negated, hypothetical, future or attempted.

Events in any of these moods are still coded (a threat not carried out is news) but
flagged, so that a user counting what happened can leave them out. Modality flows down
control chains ("did not try to attack" is negated and attempted) and stops at reported
speech: "X said Y attacked" is not X's uncertainty.
"""

from __future__ import annotations

from spacy.tokens import Token

from chancery.events.clause_rules import load_clause_rules
from chancery.events.clauses import is_infinitive, within_asked_clause
from chancery.events.grammar import Grammar
from chancery.model import Modality

__all__ = ["clause_chain", "is_commissioned", "noun_modality", "verb_modality"]


def clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs above it up to the nearest reported-speech boundary.

    "did not try to attack": [attack, try]; a conjunct joins its first conjunct's chain
    ("will visit and meet": meet -> visit).
    """
    chain = [verb]
    token = verb
    while token.head.i != token.i:
        dep = token.dep_
        head = token.head
        if dep == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            # "is willing to send": the adjective and its copula govern the verb
            chain.append(head)
            token = head
            continue
        if head.pos_ not in ("VERB", "AUX"):
            break
        # "expects North Korea *to launch*": an infinitive with its own subject is as
        # much under its governor's mood as one without
        if dep in ("xcomp", "conj", "acomp") or (
            dep in ("advcl", "ccomp") and is_infinitive(token)
        ):
            chain.append(head)
            token = head
        else:
            break
    return chain


def _in_condition(token: Token, grammar: Grammar) -> bool:
    """Whether the word sits inside an "if"/"unless" clause, or a wanted one ("pushing
    for the bloc to adopt the plan", "renewed its demand that Peru free ...")."""
    marks = grammar.conditional_marks | load_clause_rules().irrealis_marks
    node = token
    while True:
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        if node.head.i == node.i:
            return within_asked_clause(token)
        node = node.head


def verb_modality(verb: Token, grammar: Grammar, *, negation_is_meaning: bool = False) -> Modality:
    """The modality of the event `verb` triggers.

    `negation_is_meaning` is set when the matched pattern requires negation ("did not
    accept" coded as a rejection): the negation is then the event, not a flag on it.
    """
    chain = clause_chain(verb)
    commissive = load_clause_rules().commissive_verbs
    negated = hypothetical = future = attempted = False
    for position, token in enumerate(chain):
        below = chain[position - 1] if position else None
        # A conjunct shares its first conjunct's auxiliaries ("will visit and meet") but
        # not its negation ("did not attack but shelled").
        via_conj = below is not None and below.dep_ == "conj"
        if below is not None and via_conj and any(c.dep_ in ("aux", "neg") for c in below.children):
            continue
        for child in token.children:
            word = child.lower_
            if child.dep_ == "neg" and not via_conj:
                negated = True
            elif child.dep_ == "advmod" and not via_conj and _negated_adverb(child):
                negated = True  # "will no longer tolerate"
            elif child.dep_ in ("aux", "auxpass"):
                if word in grammar.future_auxiliaries:
                    future = True
                elif word in grammar.hypothetical_auxiliaries:
                    hypothetical = True
        if below is None or via_conj:
            continue
        lemma = token.lemma_.lower()
        if lemma in grammar.attempt_verbs:
            attempted = True
        elif lemma in grammar.negating_verbs or _is_pending(token, below, grammar):
            negated = True
        elif lemma in grammar.commissioning_verbs:
            hypothetical = True
        elif (
            lemma in grammar.future_verbs
            or lemma in commissive
            or (lemma == "go" and token.tag_ == "VBG")
        ):
            future = True
    if _in_condition(verb, grammar):
        hypothetical = True
    if _looked_forward_to(verb):
        future = True
    if negation_is_meaning:
        negated = False
    return Modality(negated=negated, hypothetical=hypothetical, future=future, attempted=attempted)


def is_commissioned(verb: Token, grammar: Grammar) -> bool:
    """ "paid a gunman *to murder* the mayor": the act is the one engaged's, so it is no
    stated intent (nor threat) of the one who engaged him."""
    return any(t.lemma_.lower() in grammar.commissioning_verbs for t in clause_chain(verb)[1:])


def _looked_forward_to(verb: Token) -> bool:
    """ "looks forward *to discussing* ...": a gerund after "look forward to" lies ahead."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "to":
        return False
    looker = prep.head
    return looker.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in looker.children)


def _is_pending(token: Token, below: Token, grammar: Grammar) -> bool:
    """ "have yet to comment", "is yet to respond": not done (so far)."""
    return (
        token.lemma_.lower() in ("have", "be")
        and below.dep_ == "xcomp"
        and any(c.dep_ == "advmod" and c.lower_ in grammar.pending_adverbs for c in token.children)
    )


def _negated_adverb(adverb: Token) -> bool:
    return adverb.lower_ in load_clause_rules().negated_adverbs and any(
        c.dep_ == "neg" for c in adverb.children
    )


def noun_modality(noun: Token, governor: Token | None, grammar: Grammar) -> Modality:
    """The modality of an event named by a noun: its adjectives, then its verb's mood.

    "a planned visit" is future; "attempted an invasion" is attempted; "did not make a
    visit" is negated.
    """
    modality = verb_modality(governor, grammar) if governor is not None else Modality()
    if governor is not None:
        lemma = governor.lemma_.lower()
        if lemma in grammar.attempt_verbs:
            modality.attempted = True
        elif lemma in grammar.future_verbs:
            modality.future = True
        elif lemma in grammar.negating_verbs:
            modality.negated = True
    for child in noun.children:
        word = child.lower_
        if child.dep_ not in ("amod", "compound", "neg", "det"):
            continue
        if word in grammar.future_modifiers:
            modality.future = True
        elif word in grammar.hypothetical_modifiers:
            modality.hypothetical = True
        elif word in grammar.attempt_modifiers:
            modality.attempted = True
        elif child.dep_ == "det" and word == "no":
            modality.negated = True
    if _held_out(noun, grammar):
        modality.hypothetical = True  # "threats of U.S. sanctions": not imposed
    if _in_condition(noun, grammar):
        # "demanded that the government of Chad *release* prisoners": asked for, not done
        modality.hypothetical = True
    return modality


def _held_out(noun: Token, grammar: Grammar) -> bool:
    """Whether the noun is the "of" phrase of a threat noun ("the threat *of war*")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in grammar.threat_nouns
    )

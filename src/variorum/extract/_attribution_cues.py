"""Lexicons of attribution cues and stance markers, as lemma sets.

Attribution in news is broader than "said": reports of thought and belief ("believes",
"fears"), of findings ("a poll showed"), of writing ("tweeted") and of stance ("denied",
"warned") all attribute content to a source. The sets below are hand-written from the
verbs news copy uses for this; a verb counts as a cue only when the parse also gives it
content (a clause, a quote, or an object for the verbs in ``OBJECT_CUES``).
"""

from __future__ import annotations

import re
from typing import Any

# Verbs of saying, writing and reporting: a clause complement or a quote is their content.
SPEECH_VERBS = frozenset(
    """
    say tell add write ask note report announce suggest tweet argue explain acknowledge
    declare claim insist warn state reply respond recall conclude admit confirm deny reveal
    predict promise pledge vow assure indicate observe remark comment concede contend
    maintain assert allege emphasize emphasise stress complain charge counter testify
    disclose estimate boast joke quip muse caution propose recommend mention post blog
    email text repeat reiterate signal hint question wonder speculate agree disagree inform
    brief advise tout proclaim scoff snap shout yell elaborate retort lament cry whisper
    object protest rebut accuse insinuate swear threaten continue point predict project
    declare affirm answer contend clarify correct boast vouch grumble muse posit surmise
    instruct order demand urge plead beg implore guarantee certify attest acknowledge
    announce forecast calculate explain describe characterize characterise label dub
    chant sing scream shout type headline liken
    chide bemoan lambast interject reaffirm deride recount recite rebuke articulate
    brag retweet congratulate apologize apologise request disavow hail
    """.split()
)

# Verbs of thought, belief, perception and finding.
THOUGHT_VERBS = frozenset(
    """
    think believe know feel hope fear expect worry consider doubt suspect assume figure
    guess reckon understand realize realise recognize recognise imagine find show learn
    determine decide judge conclude insist agree hear read see notice discover prove
    demonstrate suggest indicate mean acknowledge sense trust bet presume suppose
    envision envisage contemplate interpret remember identify
    """.split()
)

# Cues whose content can be an infinitive ("wants to preserve", "urged Congress to act").
INFINITIVE_CUES = frozenset(
    """
    want hope plan promise pledge vow refuse urge ask decline threaten intend expect
    call tell order demand seek agree offer propose encourage push press implore beg
    """.split()
)

# Verbs of stance whose direct object is the content ("denied the report", "praised the
# deal"); any cue's object counts as content, except for the verbs of NO_OBJECT_CONTENT.
OBJECT_CUES = frozenset(
    """
    announce report deny criticize criticise praise endorse reject propose blame defend
    dismiss question predict confirm reveal describe cite tout condemn applaud welcome
    dispute acknowledge admit mention blast slam attack demand recommend oppose support
    decry assail denounce express voice mock portray list reference echo quote prefer
    highlight outline detail invoke credit discuss remind imply
    document back
    """.split()
)

# Cues whose content follows a preposition ("called for an inquiry", "spoke of a crisis").
PREPOSITION_CUES = frozenset(
    {
        ("call", "for"),
        ("speak", "of"),
        ("speak", "about"),
        ("talk", "about"),
        ("warn", "of"),
        ("warn", "about"),
        ("complain", "about"),
        ("argue", "for"),
        ("argue", "against"),
        ("push", "for"),
        ("press", "for"),
        ("ask", "for"),
        ("worry", "about"),
        ("point", "to"),
        ("refer", "to"),
        ("hint", "at"),
        ("boast", "about"),
        ("comment", "on"),
        ("testify", "about"),
        ("insist", "on"),
        ("rail", "against"), ("allude", "to"), ("balk", "at"), ("lash", "at"),
        ("side", "with"), ("brag", "about"),
    }
)

# Verbs that name or judge their object ("called the plan a disgrace", "labeled it fake"):
# the object together with what it is called is the attributed content.
NAMING_CUES = frozenset({"call", "label", "dub", "brand", "term", "deem", "declare"})
# Likewise for verbs that charge or credit their object with something ("accused him of
# lying", "blamed the mayor for the delays"): the object and the charge are the content.
CHARGING_CUES = frozenset(
    """
    accuse blame credit describe portray characterize characterise denounce criticize
    criticise praise slam blast mock thank
    """.split()
)

# Verbs whose object is a listener or a question, not what is attributed ("told Reuters").
# "charged him with fraud": the one charged.
NO_OBJECT_CONTENT = frozenset(
    {"say", "tell", "ask", "inform", "brief", "advise", "assure", "charge"}
)

# Verbs of perception and thought attribute a clause ("sees that the race is close"), but
# their object is mostly just a thing perceived or had in mind ("saw the film", "knows him",
# "found a job"): only their clause complements count.
CLAUSE_ONLY_CUES = frozenset(
    """
    see hear know find feel mean understand prove decide determine consider notice learn
    read discover realize realise recognize recognise imagine trust bet sense judge
    """.split()
)

# Verbs news uses for attribution less often than for other things ("we'll see", "it means
# jobs", "feel tired", "maintain roads"): counting them costs more false finds than it wins.
# ("support" and "back" are kept: news annotation counts endorsement as attributed stance.)
RARELY_ATTRIBUTING = frozenset(
    {"see", "mean", "consider", "feel", "maintain", "project", "figure", "prove"}
)

# Verbs that attribute speech only when what they govern is a quote ("“...,” he continued"),
# not a clause ("the strike would continue", "continued to push for").
QUOTE_ONLY_CUES = frozenset({"continue"})

# Verbs that attribute a whole clause to no one in particular: "the race seems to be
# tightening", "it appears that the talks failed" (the writer's or the public's impression).
SEEMING_CUES = frozenset({"seem", "appear"})

# Forms the model's lemmatizer gets wrong, to the lemma the lexicons use ("hoping" -> "hop").
_LEMMA_FIXES = {
    "hoping": "hope", "retweeted": "retweet", "retweeting": "retweet", "retweets": "retweet",
}


def cue_lemma(token: Any) -> str:
    """The lemma of a would-be cue token, with the lemmatizer's known slips repaired."""
    lemma: str = _LEMMA_FIXES.get(token.lower_, token.lemma_)
    return lemma


CUE_LEMMAS = (
    SEEMING_CUES
    | SPEECH_VERBS
    | THOUGHT_VERBS
    | INFINITIVE_CUES
    | OBJECT_CUES
    | NAMING_CUES
    | CHARGING_CUES
    | frozenset(lemma for lemma, _ in PREPOSITION_CUES)
) - RARELY_ATTRIBUTING

# "X said" only counts when X can speak; "the report says" / "polls show" still can.
COMPLEMENT_DEPS = frozenset({"ccomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

# Markers of stance: written form -> normalised marker.
_HEDGE_FORMS: tuple[tuple[str, str], ...] = (
    (r"alleg(?:ed|edly|ing|es|e|ation|ations)", "alleged"),
    (r"reportedly", "reportedly"),
    (r"claim(?:ed|s|ing)?", "claimed"),
    (r"citing no evidence", "citing no evidence"),
    (r"(?:provided|offered|presented|gave) no evidence", "citing no evidence"),
    (r"without (?:providing |offering |citing )?(?:any )?evidence", "without evidence"),
    (r"unconfirmed", "unconfirmed"),
    (r"unverified", "unverified"),
    (r"unsubstantiated", "unsubstantiated"),
    (r"purported(?:ly)?", "purportedly"),
    (r"supposed(?:ly)?", "supposedly"),
    (r"den(?:ied|ies|y|ying|ial)", "denied"),
    (r"disput(?:ed|es|e|ing)", "disputed"),
    (r"false(?:ly)?", "falsely"),
)
HEDGE_PATTERN = re.compile(
    r"\b(?:" + "|".join(f"(?P<h{i}>{form})" for i, (form, _) in enumerate(_HEDGE_FORMS)) + r")\b",
    re.IGNORECASE,
)
HEDGE_NAMES = tuple(name for _, name in _HEDGE_FORMS)
# A word every form above holds, lower-cased (for ``_word_index.WordIndex``).
HEDGE_WORDS = (
    "alleg", "reportedly", "claim", "evidence", "unconfirmed", "unverified",
    "unsubstantiated", "purported", "supposed", "deni", "deny", "disput", "false",
)


def hedges_in(text: str, start: int, end: int) -> tuple[str, ...]:
    """The normalised stance markers found in ``text[start:end]``, in order, each once."""
    found: list[str] = []
    for match in HEDGE_PATTERN.finditer(text, start, end):
        name = HEDGE_NAMES[int(match.lastgroup[1:])] if match.lastgroup else ""
        if name and name not in found:
            found.append(name)
    return tuple(found)

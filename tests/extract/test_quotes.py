"""Attribution extraction on sentences written for these tests (one behaviour per row)."""

from __future__ import annotations

import pytest

from variorum.extract.entities import find_entities
from variorum.extract.quotes import find_quotes
from variorum.model import Article, Quote
from variorum.nlp import load_nlp


def _quotes(text: str) -> tuple[tuple[Quote, ...], str]:
    article = Article(id="t", text=text)
    doc = load_nlp()(text)
    return find_quotes(doc, article, find_entities(doc, article)), text


def _find(quotes: tuple[Quote, ...], text: str, content_part: str) -> Quote:
    for quote in quotes:
        if content_part in quote.content.of(text):
            return quote
    raise AssertionError(f"no quote holds {content_part!r}: {[q.content.of(text) for q in quotes]}")


# text, a piece of the content, expected content (or None to skip), source, cue, kind
CASES = [
    pytest.param(
        "“We will not back down,” the mayor said. “The bridge stays open.”",
        "back down",
        "“We will not back down,” the mayor said. “The bridge stays open.”",
        "the mayor", "said", "direct", id="quote-split-by-said",
    ),
    pytest.param(
        '"The budget is balanced," Ortega told reporters on Monday.',
        "balanced",
        '"The budget is balanced,"',
        "Ortega", "told", "direct", id="straight-marks",
    ),
    pytest.param(
        "Lena Hartmann said the borders would stay open.",
        "borders",
        "the borders would stay open",
        "Lena Hartmann", "said", "indirect", id="reported-speech",
    ),
    pytest.param(
        "The mine will close next spring, according to the regional council.",
        "mine",
        "The mine will close next spring",
        "the regional council", "according to", "indirect", id="according-to",
    ),
    pytest.param(
        "Priya Nandakumar told Reuters that the talks had stalled.",
        "talks",
        "that the talks had stalled",
        "Priya Nandakumar", "told", "indirect", id="told-reuters",
    ),
    pytest.param(
        "The Ministry of Health announced that vaccination centres will reopen in May.",
        "centres",
        "that vaccination centres will reopen in May",
        "The Ministry of Health", "announced", "indirect", id="organisation-source",
    ),
    pytest.param(
        "The Daily Courier reported that the governor had resigned.",
        "governor",
        "that the governor had resigned",
        "The Daily Courier", "reported", "indirect", id="other-outlet",
    ),
    pytest.param(
        "Moreau said the plan was “dead on arrival” and should be withdrawn.",
        "dead on arrival",
        "the plan was “dead on arrival” and should be withdrawn",
        "Moreau", "said", "mixed", id="partial-quote",
    ),
    pytest.param(
        "“My father told me, ‘Never sign what you have not read,’” Okafor said.",
        "Never sign",
        "“My father told me, ‘Never sign what you have not read,’”",
        "Okafor", "said", "direct", id="nested-quote",
    ),
    pytest.param(
        "''We have the votes,'' Senator Abernathy said on Tuesday.",
        "the votes",
        "''We have the votes,''",
        "Senator Abernathy", "said", "direct", id="double-apostrophe-marks",
    ),
    pytest.param(
        "In a post on Friday, Halvorsen wrote: “Did the council read its own report? "
        "Nobody there can count.”",
        "council read",
        "“Did the council read its own report? Nobody there can count.”",
        "Halvorsen", "wrote", "direct", id="quote-after-colon-cue",
    ),
    pytest.param(
        "“Why did nobody warn us?” Okonjo asked. “The river rose for three days.”",
        "nobody warn",
        "“Why did nobody warn us?” Okonjo asked. “The river rose for three days.”",
        "Okonjo", "asked", "direct", id="question-then-cue-sentence",
    ),
    pytest.param(
        "The union called the offer an insult to its members.",
        "offer",
        "the offer an insult to its members",
        "The union", "called", "indirect", id="naming-verb",
    ),
    pytest.param(
        "Okafor: Bridge Will Reopen by Spring.\n\nThe bridge has been closed since May.",
        "Reopen",
        "Bridge Will Reopen by Spring",
        "Okafor", ":", "indirect", id="headline-source",
    ),
    pytest.param(
        "The mayor accused the contractor of hiding the cracks.",
        "contractor",
        "the contractor of hiding the cracks",
        "The mayor", "accused", "indirect", id="charging-verb",
    ),
    pytest.param(
        "The council denounced the ruling as an attack on local democracy.",
        "ruling",
        None,
        "The council", "denounced", "indirect", id="stance-verb-object",
    ),
    pytest.param(
        "“The lines were long but calm,” added another poll worker.",
        "lines were long",
        "“The lines were long but calm,”",
        "another poll worker", "added", "direct", id="inverted-speaker",
    ),
    pytest.param(
        "The coach described the defeat as a lesson in patience.",
        "defeat",
        "the defeat as a lesson in patience",
        "The coach", "described", "indirect", id="describe-as",
    ),
    pytest.param(
        "The governor urged the legislature to pass the budget before June.",
        "legislature",
        "the legislature to pass the budget before June",
        "The governor", "urged", "indirect", id="urged-object-to-act",
    ),
    pytest.param(
        "Analysts believe the currency will weaken further.",
        "currency",
        "the currency will weaken further",
        "Analysts", "believe", "indirect", id="belief-verb",
    ),
    pytest.param(
        "“The plan is dead. Totally dead,” said Ingrid Solberg, a council member.",
        "plan is dead",
        "“The plan is dead. Totally dead,”",
        "Ingrid Solberg, a council member", "said", "direct", id="quoted-words-not-the-subject",
    ),
    pytest.param(
        "The mayor is hoping to reopen the bridge by spring.",
        "reopen",
        "to reopen the bridge by spring",
        "The mayor", "hoping", "indirect", id="hoping-lemma-repaired",
    ),
    pytest.param(
        "The mayor responded by calling the ruling a disgrace.",
        "ruling",
        "the ruling a disgrace",
        "The mayor", "calling", "indirect", id="participle-after-preposition",
    ),
    pytest.param(
        "The race tightened, with new polls showing Ortega ahead in Ohio.",
        "Ortega",
        None,
        "new polls", "showing", "indirect", id="participle-describing-a-noun",
    ),
    pytest.param(
        "Okafor's claim that the ballots had been miscounted angered the clerks.",
        "miscounted",
        "that the ballots had been miscounted",
        "Okafor's", "claim", "indirect", id="noun-cue-that-clause",
    ),
    pytest.param(
        "The governor made a pledge to cut property taxes.",
        "property taxes",
        "to cut property taxes",
        "The governor", "pledge", "indirect", id="noun-cue-infinitive",
    ),
    pytest.param(
        "Her praise for the nurses drew applause.",
        "nurses",
        "the nurses",
        "Her", "praise", "indirect", id="noun-cue-preposition",
    ),
    pytest.param(
        "“We will keep marching,” she continued.",
        "keep marching",
        "“We will keep marching,”",
        "she", "continued", "direct", id="continued-with-a-quote",
    ),
    pytest.param(
        "“Go back to your seat,” Mayor Duarte barked.",
        "your seat",
        "“Go back to your seat,”",
        "Mayor Duarte", "barked", "direct", id="any-verb-tags-a-quote",
    ),
    pytest.param(
        "“This is wonderful!” beamed a delegate from Ohio.",
        "wonderful",
        "“This is wonderful!”",
        "a delegate", "beamed", "direct", id="any-verb-tags-inverted",
    ),
    pytest.param(
        "As Professor Lindqvist put it: “The gate is already open.”",
        "gate",
        "“The gate is already open.”",
        "Professor Lindqvist", "put", "direct", id="any-verb-before-colon",
    ),
    pytest.param(
        "The senator railed against what she calls the harbour cartel.",
        "cartel",
        "what she calls the harbour cartel",
        "she", "calls", "indirect", id="naming-with-relative-what",
    ),
    pytest.param(
        "The dockworkers' union backed the mayor's harbour plan.",
        "harbour plan",
        "the mayor's harbour plan",
        "The dockworkers' union", "backed", "indirect", id="endorsement-verb",
    ),
    pytest.param(
        "Mara Voss, a Boise, Idaho, rabbi leading the food drive, said she and other "
        "rabbis were uneasy about the cuts.",
        "uneasy",
        "she and other rabbis were uneasy about the cuts",
        "Mara Voss, a Boise, Idaho, rabbi leading the food drive", "said",
        "indirect", id="long-subject-misread-as-clause",
    ),
]


@pytest.mark.parametrize(("text", "part", "content", "source", "cue", "kind"), CASES)
def test_attribution_spans(
    text: str, part: str, content: str | None, source: str, cue: str, kind: str
) -> None:
    quotes, text = _quotes(text)
    quote = _find(quotes, text, part)
    if content is not None:
        assert quote.content.of(text) == content
    assert quote.source is not None and quote.source.of(text) == source
    assert quote.cue is not None and quote.cue.of(text) == cue
    assert quote.kind == kind
    assert quote.sentence.contains(quote.cue)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        pytest.param(
            "The talks seem to be stalling again.",
            "The talks seem to be stalling again", "seem", id="seeming-clause",
        ),
        pytest.param(
            "It appears that the talks have failed.",
            "that the talks have failed", "appears", id="empty-it-appears",
        ),
        pytest.param(
            "Ortega was asked whether the plant would close.",
            "whether the plant would close", "asked", id="passive-subject-is-the-one-asked",
        ),
    ],
)
def test_impression_without_source(text: str, content: str, cue: str) -> None:
    quotes, text = _quotes(text)
    quote = _find(quotes, text, content)
    assert quote.content.of(text) == content
    assert quote.source is None
    assert quote.cue is not None and quote.cue.of(text) == cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "The minister said she wants the tax cut passed this year.", "said",
            id="wish-inside-reported-speech",
        ),
        pytest.param(
            "The senator declined to say whether she would run again.", "declined",
            id="refusal-governs-its-speech-verb",
        ),
    ],
)
def test_one_attribution_not_two(text: str, cue: str) -> None:
    quotes, text = _quotes(text)
    assert [q.cue.of(text) for q in quotes if q.cue is not None] == [cue]


def test_continue_without_a_quote_is_not_a_cue() -> None:
    quotes, _ = _quotes("The strike will continue until the talks resume.")
    assert quotes == ()


def test_quote_without_a_cue_goes_to_the_subject_before_it() -> None:
    quotes, text = _quotes(
        "Senator Marta Olsen singled out young voters at the rally. "
        "“They are tired of waiting for change.”"
    )
    quote = _find(quotes, text, "tired of waiting")
    assert quote.cue is None
    assert quote.source is not None and quote.source.of(text) == "Senator Marta Olsen"


def test_name_the_entity_recogniser_missed_still_resolves() -> None:
    text = (
        "Tomas Reinholt, a spokesman for the port, said the cranes were safe. "
        "Reinholt claimed that the sabotage was planned."
    )
    article = Article(id="t", text=text)
    doc = load_nlp()(text)
    doc.ents = []  # as if the recogniser had found no one
    quotes = find_quotes(doc, article, ())
    assert _find(quotes, text, "cranes").speaker == "Tomas Reinholt"
    assert _find(quotes, text, "sabotage").speaker == "Tomas Reinholt"


def test_later_quote_continues_the_quoted_attribution() -> None:
    text = (
        "“Nothing is ruled out,” Varga told reporters after hinting that the budget might "
        "change. “We are looking at every line.”"
    )
    quotes, text = _quotes(text)
    quote = _find(quotes, text, "Nothing is ruled out")
    assert quote.content.of(text).endswith("“We are looking at every line.”")
    assert quote.cue is not None and quote.cue.of(text) == "told"


def test_quote_running_across_paragraphs_is_one_attribution() -> None:
    text = (
        "Inspector Dana Kowalski described the scene.\n\n"
        "“The water came up faster than anyone expected,” Kowalski said. “We moved the families "
        "to the school first.\n\n"
        "“Then we went back for the animals.”"
    )
    quotes, text = _quotes(text)
    quote = _find(quotes, text, "water came up")
    assert quote.content.of(text).endswith("“Then we went back for the animals.”")
    assert quote.speaker == "Dana Kowalski"
    assert quote.kind == "direct"


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        pytest.param(
            "Mr. Tobias Lindqvist arrived late. Ms. Rana Haddad spoke first.\n\n"
            "He said the vote would be postponed.",
            "vote", "Tobias Lindqvist", id="pronoun-gender-across-paragraphs",
        ),
        pytest.param(
            "Maria Lopez chaired the meeting. She said the treasury was empty.",
            "treasury", "Maria Lopez", id="pronoun-previous-sentence",
        ),
        pytest.param(
            "The statement came from government spokesman Jonas Weller. Later, the spokesman "
            "said the chancellor would travel to Paris.",
            "chancellor", "Jonas Weller", id="description-via-role",
        ),
        pytest.param(
            "Oliver Brandt, the party treasurer, resigned on Friday. The treasurer said the "
            "accounts were in order.",
            "accounts", "Oliver Brandt", id="description-via-appositive",
        ),
    ],
)
def test_speaker_resolved(text: str, part: str, speaker: str) -> None:
    quotes, text = _quotes(text)
    assert _find(quotes, text, part).speaker == speaker


@pytest.mark.parametrize(
    ("text", "part", "hedges"),
    [
        pytest.param(
            "The senator claimed that the ballots were forged, citing no evidence.",
            "ballots", ("claimed", "citing no evidence"), id="claimed-no-evidence",
        ),
        pytest.param(
            "The group reportedly said the hostages were alive.",
            "hostages", ("reportedly",), id="reportedly",
        ),
        pytest.param(
            "The company denied that it had hidden the losses.",
            "losses", ("denied",), id="denied",
        ),
        pytest.param(
            "Officials said the ceasefire would hold.",
            "ceasefire", (), id="no-hedge",
        ),
    ],
)
def test_hedges(text: str, part: str, hedges: tuple[str, ...]) -> None:
    quotes, text = _quotes(text)
    assert _find(quotes, text, part).hedges == hedges


def test_scare_quotes_alone_are_not_attributions() -> None:
    quotes, _ = _quotes("The so-called “reform package” passed the committee on Tuesday.")
    assert quotes == ()


@pytest.mark.parametrize(
    "headline",
    ["Breaking: Bridge Will Reopen by Spring.", "EXCLUSIVE: Bridge Will Reopen by Spring."],
)
def test_headline_kicker_is_not_a_source(headline: str) -> None:
    quotes, _ = _quotes(headline + "\n\nThe bridge has been closed since May.")
    assert quotes == ()


def test_transcript_turn_is_attributed_to_its_speaker() -> None:
    quotes, text = _quotes("HOLLOWAY: We expect the vote on Thursday.\n\nREED: Thank you.")
    quote = _find(quotes, text, "expect the vote")
    assert quote.content.of(text) == "We expect the vote on Thursday."
    assert quote.source is not None and quote.source.of(text) == "HOLLOWAY"


# Cues of every kind the token pass reads: verbs, an auxiliary cue, nouns of the lexicons
# (one capitalised), "according to", a dialogue tag, and words that are none of these.
CANDIDATE_TEXT = (
    "“The pier is closed,” the harbour master barked.\n\n"
    "According to the union, talks failed.\n\n"
    "The mayor rejected claims that the vote was rigged. Her pledge to cut fees held.\n\n"
    "Okafor said the strike would end; she is hoping to meet.\n\n"
    "“Not yet,” added a spokesman.\n\n"
    "The report seems to show gains. Critics denied the report."
)


def test_cue_candidates_skip_only_tokens_without_cues(monkeypatch: pytest.MonkeyPatch) -> None:
    from variorum.extract import quotes

    found, _ = _quotes(CANDIDATE_TEXT)
    monkeypatch.setattr(quotes, "_cue_candidates", lambda doc: list(range(len(doc))))
    every_token, _ = _quotes(CANDIDATE_TEXT)
    assert found == every_token
    assert len(found) >= 8  # every cue kind above gives one

"""Debris spans: copied-page junk blanked in clean_text with offsets kept."""

from __future__ import annotations

import pytest

from variorum.ingest.clean import find_debris, is_debris_line, merge_spans
from variorum.model import Article, Span


@pytest.mark.parametrize(
    "line",
    [
        "Image source, Reuters",
        "Image caption, Residents wade through the high street",
        "Image copyright Getty Images",
        "Getty Images",
        "Jane Doe/Getty Images",
        "A flooded street in Carrow (AFP via Getty Images)",
        "Photo: Jane Doe/Coast Post",
        "Photograph: Jane Doe/Reuters",
        "© Coast Post 2026",
        "• Published",
        "Published 2 hours ago",
        "Updated 14 March 2026",
        "Share this article",
        "Share on Facebook",
        "Share",
        "Facebook Twitter WhatsApp",
        "Subscribe to our newsletter",
        "Sign up for our morning briefing",
        "Related Topics",
        "Copy link",
        "Advertisement",
        "Read more: Carrow's flood defences explained",
        "![A flooded street](https://img.example/flood.jpg)",
        "https://example.org/story",
        "**Share this article**",
    ],
)
def test_debris_lines(line: str) -> None:
    assert is_debris_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply in Carrow after the flood, traders said.",
        "Share the cost, he said.",
        "The mayor told Reuters",
        "Residents signed up for alerts after the flood.",
        "Storm hits Carrow",
        "Published figures show a rise of 4% since 2026-01-01.",
        "The photo shows the high street under water, officials said on Saturday evening.",
        "Comments from residents were mixed, the council said.",
    ],
)
def test_not_debris_lines(line: str) -> None:
    assert not is_debris_line(line)


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        pytest.param(
            "Officials [said](https://example.org/a) it rose.",
            "Officials  said                         it rose.",
            id="link-keeps-text",
        ),
        pytest.param("See [the report](#) now.", "See  the report     now.", id="anchor-link"),
        pytest.param("A ![map](m.png) here.", "A               here.", id="inline-image"),
        pytest.param("Go [](https://x.org) on.", "Go                   on.", id="empty-link"),
        pytest.param("## Storm hits Carrow\nText.", "   Storm hits Carrow\nText.", id="heading"),
        pytest.param("It was **very** wet.", "It was   very   wet.", id="bold"),
        pytest.param(
            "The river rose.\nShare this article\nIt fell.",
            "The river rose.\n                  \nIt fell.",
            id="share-line",
        ),
        pytest.param("  Advertisement  \nText.", "                 \nText.", id="indented-line"),
        pytest.param(
            "The ferry sailed. Nice work May 2, 2026 at 9:15 am | Reply Agreed, she wrote.",
            "The ferry sailed. Nice work " + " " * 49,
            id="comment-thread",
        ),
        pytest.param(
            "Talks resume at 9:15 am. Reply to the union came on May 2, 2026.",
            "Talks resume at 9:15 am. Reply to the union came on May 2, 2026.",
            id="not-a-comment-byline",
        ),
    ],
)
def test_clean_text_blanks_debris(text: str, clean: str) -> None:
    article = Article(id="a", text=text, debris=find_debris(text))
    assert article.clean_text == clean
    assert len(article.clean_text) == len(text)


def _kept(text: str) -> str:
    """The words left after blanking, one space between them."""
    article = Article(id="a", text=text, debris=find_debris(text))
    return " ".join(article.clean_text.split())


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "The ferry sailed at dawn. To watch this video JavaScript must be enabled and "
            "the Flash player installed. Crews cheered.",
            "The ferry sailed at dawn. Crews cheered.",
            id="plugin-prompt",
        ),
        pytest.param(
            "The port reopened on Monday. This story appeared on page 12 of the Harbour "
            "section of the Carrow Herald on Tuesday 3 March 2026.",
            "The port reopened on Monday.",
            id="print-note",
        ),
        pytest.param(
            "Talks ended in the night Letters for publication go to: "
            "letters@herald.example.com Call the switchboard",
            "Talks ended in the night",
            id="letters-footer-after-an-unstopped-sentence",
        ),
        pytest.param(
            "Relief is arriving. You can give by calling 0800 123 4567 or online.",
            "Relief is arriving.",
            id="phone-line",
        ),
        pytest.param(
            "To buy the harbour report for £9.99 call the book line on 0870 836 0875. "
            "The report runs to 90 pages.",
            "The report runs to 90 pages.",
            id="order-line",
        ),
        pytest.param(
            "Page last updated at 07:51 GMT, Monday, 2 March 2026 08:51 UK Ferries sailed.",
            "Ferries sailed.",
            id="page-stamp",
        ),
        pytest.param(
            "Crews cheer deal updated: Tue Mar 03 2026 10:15:07 The strike ended.",
            "Crews cheer deal The strike ended.",
            id="feed-stamp",
        ),
        pytest.param(
            "Talks end Updated: March 3, 2026, 9:41 PM ET The strike ended at 9 p.m.",
            "Talks end The strike ended at 9 p.m.",
            id="us-stamp",
        ),
        pytest.param(
            "3 March 2026 Last updated at 10:15 GMT The strike ended.",
            "The strike ended.",
            id="date-then-stamp",
        ),
        pytest.param(
            "Ferries sailed. At 9:15 am on 2 May 2026, harbourwatcher wrote: Not true. "
            "At 9:20 am on 2 May 2026, kit_r wrote: It is.",
            "Ferries sailed.",
            id="comment-thread",
        ),
        pytest.param(
            "Ferries sailed. At 21:07 2nd May 2026, kit_r wrote: They did not.",
            "Ferries sailed.",
            id="comment-thread-24h-clock",
        ),
        pytest.param(
            "Ferries sailed. This comment has been removed by a moderator. Crews cheered.",
            "Ferries sailed. Crews cheered.",
            id="removed-comment",
        ),
        pytest.param(
            "Aid effort gathers pace - 2 hrs ago Ferries sail again - 8 hrs ago",
            "Aid effort gathers pace Ferries sail again",
            id="link-list-age",
        ),
        pytest.param(
            "Crews left port. (Updated: 2:14 a.m. Friday, Carrow; 7:14 p.m. Thursday ET): "
            "The strike ended.",
            "Crews left port. The strike ended.",
            id="live-blog-stamp",
        ),
        pytest.param(
            "Crews left port. (10:52 p.m. Friday ET, 4:52 a.m. Saturday in Carrow) The strike "
            "ended. (6:05 p.m. Friday ET, 12:05 a.m. in Carrow) Talks resumed.",
            "Crews left port. The strike ended. Talks resumed.",
            id="live-blog-stamp-two-zones",
        ),
        pytest.param(
            "Crews left port. (10:52 pm Friday ET, 4:52 am Saturday in Carrow) The strike ended.",
            "Crews left port. The strike ended.",
            id="live-blog-stamp-undotted",
        ),
        pytest.param(
            "Last updated at 10:15 a.m. ET The strike ended at 9:30 a.m. (1430 GMT).",
            "The strike ended at 9:30 a.m. (1430 GMT).",
            id="stamp-with-am",
        ),
    ],
)
def test_page_furniture_in_a_paragraph_is_blanked(text: str, kept: str) -> None:
    assert _kept(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The court heard the cookies were laced with a sedative.", id="cookies"),
        pytest.param(
            "More than 300 emails were sent to the pictures@news.example.com address.",
            id="e-mail-in-reporting",
        ),
        pytest.param(
            "Imports rose from 1990 1991 to 2004 2005, the ministry said.", id="years-no-verb"
        ),
        pytest.param("The union will call 1,200 workers out on 3 March.", id="figures"),
        pytest.param("The list was last updated at 10:30 on Friday.", id="updated-in-reporting"),
        pytest.param("The ferry sank 2 hours ago, crews said.", id="hours-ago-in-reporting"),
    ],
)
def test_reporting_that_resembles_furniture_is_kept(text: str) -> None:
    assert _kept(text) == text


@pytest.mark.parametrize(
    ("spans", "merged"),
    [
        ([Span(5, 8), Span(0, 2)], [Span(0, 2), Span(5, 8)]),
        ([Span(0, 4), Span(2, 6)], [Span(0, 6)]),
        ([Span(0, 4), Span(4, 6)], [Span(0, 6)]),
        ([Span(0, 10), Span(2, 3)], [Span(0, 10)]),
        ([], []),
    ],
)
def test_merge_spans(spans: list[Span], merged: list[Span]) -> None:
    assert list(merge_spans(spans)) == merged

from strikemap.sentences import split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


def test_offsets_point_into_the_text():
    text = "  Jets struck Douma.  Two died.\nNext line"
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
    assert texts(text) == ["Jets struck Douma.", "Two died.", "Next line"]


def test_abbreviations_do_not_split():
    assert texts("Lt. Gen. Andrei Kartapolov said so. The U.S. jets flew. Since Sept. 30, Russia struck.") == [
        "Lt. Gen. Andrei Kartapolov said so.", "The U.S. jets flew.", "Since Sept. 30, Russia struck."]
    assert texts("Col.-Gen. Andrei Kartapolov said. Mr. Assad left.") == [
        "Col.-Gen. Andrei Kartapolov said.", "Mr. Assad left."]


def test_headlines_and_datelines_are_their_own_sentences():
    assert texts("Russia bombs Raqqa\nXinhua, November 4, 2015\nJets struck.") == [
        "Russia bombs Raqqa", "Xinhua, November 4, 2015", "Jets struck."]


def test_hard_wrapped_line_continues_in_lower_case():
    assert texts("Jets struck targets near\nthe town of Douma. Two died.") == [
        "Jets struck targets near\nthe town of Douma.", "Two died."]


def test_quotes_and_questions():
    assert texts('"We hit them," he said. Was it Raqqa? Yes!') == ['"We hit them," he said.', "Was it Raqqa?", "Yes!"]


def test_empty():
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


def test_a_blank_line_or_a_full_stop_ends_a_wrapped_line():
    assert texts("Jets struck near\n \n\tthe town of Douma.") == ["Jets struck near", "the town of Douma."]
    assert texts("Jets struck Douma.\nthe town burned.") == ["Jets struck Douma.", "the town burned."]
    assert texts("Jets struck near\nthe town, then left.\nnext: Idlib") == [
        "Jets struck near\nthe town, then left.", "next: Idlib"]
    assert texts("Jets struck. then left. Then Idlib.") == ["Jets struck. then left.", "Then Idlib."]


def test_a_numbered_item_is_one_sentence():
    text = "The coalition struck the following targets:\n1. Near Raqqa, a tactical unit.\n12. Near Hama, a depot.\nIn 2015. Then."
    assert [s.text for s in split_sentences(text)] == [
        "The coalition struck the following targets:", "1. Near Raqqa, a tactical unit.", "12. Near Hama, a depot.",
        "In 2015.", "Then."]

"""Span sets answer "does this span overlap one of them" as a test of each would."""
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.spans import SpanSet

span = st.tuples(st.integers(0, 60), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))


@settings(max_examples=2000, deadline=None)
@given(st.lists(span, max_size=40), span)  # past FEW_SPANS too, where the spans are sorted and bisected
def test_a_span_overlaps_the_set_exactly_when_it_overlaps_one_of_its_spans(spans, query):
    start, end = query
    assert SpanSet(spans).overlaps(start, end) == any(s < end and start < e for s, e in spans)


def test_overlapping_and_empty_spans():
    spans = SpanSet([(10, 20), (12, 14), (30, 30)] + [(100 + n, 101 + n) for n in range(20)])  # sorted ones
    assert spans.overlaps(19, 25) and spans.overlaps(0, 11) and not spans.overlaps(20, 30)
    assert not spans.overlaps(30, 30)  # an empty query at the empty span's place: s < end fails
    assert spans.overlaps(25, 35)  # (30, 30) lies inside it: s < end and start < e, as the test each said
    assert not SpanSet([]).overlaps(0, 100) and len(spans) == 23 and spans.overlaps(110, 111)

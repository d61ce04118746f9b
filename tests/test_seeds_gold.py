"""Every non-optional place the gold file lists resolves within its tolerance."""
from geomap.gazetteer import haversine_km


def test_gold_places_resolve_within_tolerance(gold, gazetteer):
    misses = []
    for article in gold["articles"]:
        for place in article["places"]:
            if place.get("optional") or "lat" not in place:
                continue
            found = gazetteer.lookup(place["mention"])
            if not found:
                misses.append(f"{article['file']}: '{place['mention']}' not found")
                continue
            off = haversine_km(found[0].lat, found[0].lon, place["lat"], place["lon"])
            if off > place["tolerance_km"]:
                misses.append(f"{article['file']}: '{place['mention']}' -> {found[0].name} {off:.0f} km off "
                              f"(tolerance {place['tolerance_km']})")
    assert not misses, "\n".join(misses)


def test_not_places_people_are_not_resolved_as_places(gold, gazetteer):
    for person in ["Almunqez al Salamuni", "Talas al Salameh", "Abu Bakr al-Baghdadi", "Faisal Mekdad"]:
        assert gazetteer.lookup(person) == [], person

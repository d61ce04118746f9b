"""The short report the main job writes beside its layers: a map and a Markdown summary."""
from __future__ import annotations

from pathlib import Path

__all__ = ["write_report"]


SOURCES = "Incidents: geomap extraction from the articles read"


def write_report(extraction, incidents, control, folder: Path, zones=None, quiet: bool = False,
                 roads=None) -> list[Path]:
    """incidents.png, control.png, density.png and report.md (figures, then every incident with its evidence)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .io import atomic_path
    from .maps import plot_control, plot_density, plot_incidents

    folder = Path(folder)
    written = []
    dates = incidents["event_date"].dropna()
    span = f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "no dated incidents"
    figures = [("incidents.png", lambda ax: plot_incidents(incidents, ax=ax, title="Incidents extracted from the "
                                                           "articles", as_of=span, sources=SOURCES,
                                                           roads=roads)),
               ("density.png", lambda ax: plot_density(incidents, "kde", ax=ax, bandwidth_km=25.0,
                                                        title=f"Attack density, {span}", sources=SOURCES,
                                                        roads=roads))]
    if zones is not None:
        figures.append(("control.png", lambda ax: plot_control(zones, incidents, ax=ax, sources=SOURCES,
                                                                       roads=roads)))
    for name, draw in figures:
        fig, ax = plt.subplots(figsize=(8, 7))
        draw(ax)
        with atomic_path(folder / name) as tmp:
            fig.savefig(tmp, dpi=300, bbox_inches="tight", format="png")
        plt.close(fig)
        written.append(folder / name)

    as_of = zones.attrs.get("as_of") if zones is not None else None
    lines = ["# geomap report", "",
             f"{extraction.articles} article(s) read; {len(incidents)} incident(s) from {span}; "
             f"{len(control)} control statement(s).", "", "![incidents](incidents.png)", "",
             "![attack density](density.png)", ""]
    if zones is not None:
        lines += [f"![control as of {as_of}](control.png)", "",
                  f"Control as of {as_of}: the latest statement for each place; statements older than "
                  f"{zones.attrs.get('horizon_days')} days are shown as 'last reported'.", ""]
    lines += _summaries(incidents)
    # the order is found on the three columns it needs, not on a sorted copy of the whole table
    order = incidents[["event_date", "incident_id", "fatalities"]].reset_index(drop=True)
    order = order.sort_values(["event_date", "incident_id"])
    if len(order) > FULL_TABLE_MAX:
        # a report stays readable at 10,000 incidents: the deadliest here, every incident in incidents.csv
        order = order.sort_values(["fatalities", "event_date"], ascending=[False, True]).head(TOP_ROWS)
        lines += [f"## The {TOP_ROWS} deadliest of {len(incidents)} incidents (all of them: incidents.csv)", ""]
    else:
        lines += ["## Incidents", ""]
    listed = incidents.iloc[order.index]
    lines += ["| date | precision | event | actors | location | geo precision | ±km | fatalities | article | evidence |",
              "|---|---|---|---|---|---|---|---|---|---|"]
    for row in listed.itertuples():
        date = f"{row.event_date:%Y-%m-%d}" if row.event_date is not None and str(row.event_date) != "NaT" else "?"
        actors = " vs ".join(a for a in (row.actor1, row.actor2) if a)
        claimed = f" (claimed by {row.claimed_by})" if row.claimed_by else ""
        lines.append(f"| {date} | {row.time_precision} | {row.sub_event_type} | {actors} | {row.location} "
                     f"({row.admin1}) | {row.geo_precision} | {row.uncertainty_km:g} | {row.fatalities}{claimed} | "
                     f"{row.article_id} | {_cell(row.evidence)} |")
    if extraction.unresolved_count:
        lines += ["", "## Event sentences with no place geomap could resolve", ""]
        lines += [f"- {article}: {_cell(sentence)}" for article, sentence in extraction.first_unresolved(TOP_ROWS)]
        if extraction.unresolved_count > TOP_ROWS:
            lines.append(f"- ... and {extraction.unresolved_count - TOP_ROWS} more")
    failed = getattr(extraction, "failed", ())
    if failed:  # missing from every layer: said where the reader looks, not only on the terminal
        lines += ["", "## Articles skipped: an error in geomap stopped reading them (please report it)", ""]
        lines += [f"- {article}: {_cell(error)}" for article, error in failed[:TOP_ROWS]]
        if len(failed) > TOP_ROWS:
            lines.append(f"- ... and {len(failed) - TOP_ROWS} more")
    lines += ["", "Layers: `incidents.gpkg` (layers `incidents`, `control_assertions`, `control_zones`, `density_hex`, "
              "`admin_counts`), `incidents.geojson`, `incidents.csv`, `control.geojson`, `control_zones.geojson`. Each incident carries its evidence sentence, `char_start`/`char_end` in the "
              "article, `geo_precision` and `uncertainty_km`.", ""]
    with atomic_path(folder / "report.md") as tmp:
        tmp.write_text("\n".join(lines), encoding="utf-8")
    written.append(folder / "report.md")
    return written


FULL_TABLE_MAX = 200  # more incidents than this: summaries and the deadliest only
TOP_ROWS = 50


def _summaries(incidents) -> list[str]:
    """Counts by event type and governorate, and the places with most incidents."""
    if not len(incidents):
        return []
    lines = ["## Summary", "", "| event type | incidents | fatalities |", "|---|---|---|"]
    by_type = incidents.groupby("event_type").agg(n=("event_type", "size"), dead=("fatalities", "sum"))
    lines += [f"| {t} | {r.n} | {r.dead} |" for t, r in by_type.sort_values("n", ascending=False).iterrows()]
    lines += ["", "| governorate | incidents | fatalities |", "|---|---|---|"]
    by_admin1 = incidents.groupby("admin1").agg(n=("admin1", "size"), dead=("fatalities", "sum"))
    lines += [f"| {a or '(abroad)'} | {r.n} | {r.dead} |" for a, r in by_admin1.sort_values("n", ascending=False).iterrows()]
    places = incidents.groupby("location").size().sort_values(ascending=False).head(10)
    lines += ["", "Most incidents: " + ", ".join(f"{p} ({n})" for p, n in places.items()), ""]
    return lines


def _cell(text: str, limit: int = 200) -> str:
    """A table cell: one line, pipes escaped, long evidence cut with an ellipsis."""
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= limit else text[:limit - 1] + "…"

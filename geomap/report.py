"""The short report the main job writes beside its layers: a map and a Markdown summary."""
from __future__ import annotations

from pathlib import Path

__all__ = ["write_report"]


def write_report(extraction, incidents, control, folder: Path, quiet: bool = False) -> list[Path]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .io import atomic_path
    from .maps import plot_incidents

    folder = Path(folder)
    written = []
    dates = incidents["event_date"].dropna()
    span = f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "no dated incidents"
    fig, ax = plt.subplots(figsize=(8, 7))
    plot_incidents(incidents, ax=ax, title="Incidents extracted from the articles", as_of=span)
    with atomic_path(folder / "incidents.png") as tmp:
        fig.savefig(tmp, dpi=300, bbox_inches="tight", format="png")
    plt.close(fig)
    written.append(folder / "incidents.png")

    lines = ["# geomap report", "",
             f"{extraction.articles} article(s) read; {len(incidents)} incident(s) from {span}; "
             f"{len(control)} control statement(s).", "", "![incidents](incidents.png)", "",
             "| date | precision | event | actors | location | geo precision | ±km | fatalities | article |",
             "|---|---|---|---|---|---|---|---|---|"]
    for row in incidents.sort_values("event_date").itertuples():
        date = f"{row.event_date:%Y-%m-%d}" if row.event_date is not None and str(row.event_date) != "NaT" else "?"
        actors = " vs ".join(a for a in (row.actor1, row.actor2) if a)
        claimed = f" (claimed by {row.claimed_by})" if row.claimed_by else ""
        lines.append(f"| {date} | {row.time_precision} | {row.sub_event_type} | {actors} | {row.location} "
                     f"({row.admin1}) | {row.geo_precision} | {row.uncertainty_km:g} | {row.fatalities}{claimed} | "
                     f"{row.article_id} |")
    if extraction.unresolved:
        lines += ["", "## Event sentences with no place geomap could resolve", ""]
        lines += [f"- {article}: {sentence}" for article, sentence in extraction.unresolved]
    lines += ["", "Layers: `incidents.gpkg` (layers `incidents`, `control`), `incidents.geojson`, `incidents.csv`, "
              "`control.geojson`. Each incident carries its evidence sentence, `char_start`/`char_end` in the "
              "article, `geo_precision` and `uncertainty_km`.", ""]
    with atomic_path(folder / "report.md") as tmp:
        tmp.write_text("\n".join(lines), encoding="utf-8")
    written.append(folder / "report.md")
    return written

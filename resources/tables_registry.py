"""How the registry groups tables: national and whole-province tables first, then by
administrative region and MRC. A local or MRC-level table tagged with several MRCs appears under
each of them; a regional table is listed once per region, above its MRCs, rather than repeated
under every MRC it covers."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _


@dataclass
class MRCGroup:
    mrc: object
    tables: list = field(default_factory=list)


@dataclass
class RegionGroup:
    region: object  # None for the province-wide group
    title: str
    mrcs: list = field(default_factory=list)  # [MRCGroup]
    tables: list = field(default_factory=list)  # tables of the group not filed under an MRC

    @property
    def code(self):
        return self.region.code if self.region is not None else ""

    @property
    def count(self):
        """Distinct tables in the group (a table of two MRCs counts once)."""
        ids = {table.pk for table in self.tables}
        for group in self.mrcs:
            ids.update(table.pk for table in group.tables)
        return len(ids)


def is_province_wide(table, mrcs):
    """Tables for all of Québec, national or supra-regional ones, and untagged ones."""
    return (
        table.whole_province
        or table.level in (table.Level.NATIONAL, table.Level.SUPRAREGIONAL)
        or not mrcs
    )


def group_by_territory(tables):
    """[RegionGroup], the province-wide group first, then regions by code, MRCs by name.

    Reads only what `ConcertationTableIndexPage.tables()` prefetched."""
    province = RegionGroup(region=None, title=_("All of Québec and supra-regional tables"))
    regions = {}
    for table in tables:
        mrcs = list(table.mrcs.all())
        if is_province_wide(table, mrcs):
            province.tables.append(table)
            continue
        for mrc in mrcs:
            region = regions.get(mrc.region.code)
            if region is None:
                region = regions[mrc.region.code] = RegionGroup(
                    region=mrc.region, title=mrc.region.name
                )
            if table.level == table.Level.REGIONAL:
                if table not in region.tables:
                    region.tables.append(table)
                continue
            mrc_group = next((g for g in region.mrcs if g.mrc.pk == mrc.pk), None)
            if mrc_group is None:
                mrc_group = MRCGroup(mrc=mrc)
                region.mrcs.append(mrc_group)
            mrc_group.tables.append(table)
    ordered = [regions[code] for code in sorted(regions)]
    for region in ordered:
        region.mrcs.sort(key=lambda group: group.mrc.name_fr)
    return ([province] if province.tables else []) + ordered

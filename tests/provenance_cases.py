"""Articles written for the provenance tests and eval/provenance.py (own writing, fictional).

One event (a warehouse fire in a fictional port town) told by an original report and by the
kinds of reuse accord must recognise, plus an independent report of the same event, and a
second small story (a bridge closure) for the evaluation.
"""

from __future__ import annotations

import datetime as dt

from accord.types import Article

ORIGINAL = """A fire tore through a textile warehouse in the port town of Carrowmore on Tuesday night, forcing the evacuation of about 40 homes on the surrounding streets.

Firefighters were called to the building on Quay Road shortly after 9pm and spent more than six hours bringing the blaze under control, the regional fire service said.

Chief fire officer Maeve Gilligan said eight engines and an aerial ladder had been sent to the scene. "The crews did extraordinary work in very difficult conditions," she said.

Nobody was hurt, but two firefighters were treated for heat exhaustion at the scene and later released.

Residents were moved to the community hall on Bridge Street, where volunteers handed out blankets and hot drinks until the early hours of Wednesday.

The warehouse, owned by the Linden Fabrics company, stored rolls of cotton and synthetic cloth. A spokesman for the firm said it was too early to estimate the cost of the damage.

Investigators will return to the site on Thursday to establish the cause of the fire, which is not yet being treated as suspicious.

Quay Road will remain closed to traffic until engineers have checked the structure of the neighbouring buildings."""

CREDITED_COPY = """Local families spent a sleepless night away from home after a large fire in Carrowmore, the Harbour Herald reported on Wednesday.

A fire tore through a textile warehouse in the port town of Carrowmore on Tuesday night, forcing the evacuation of about 40 homes on the surrounding streets.

Firefighters were called to the building on Quay Road shortly after 9pm and spent more than six hours bringing the blaze under control, the regional fire service said.

Chief fire officer Maeve Gilligan said eight engines and an aerial ladder had been sent to the scene. "The crews did extraordinary work in very difficult conditions," she said.

Nobody was hurt, but two firefighters were treated for heat exhaustion at the scene and later released.

Residents were moved to the community hall on Bridge Street, where volunteers handed out blankets and hot drinks until the early hours of Wednesday.

The warehouse, owned by the Linden Fabrics company, stored rolls of cotton and synthetic cloth. A spokesman for the firm said it was too early to estimate the cost of the damage."""

UNCREDITED_COPY = """A fire tore through a textile warehouse in the port town of Carrowmore on Tuesday night, forcing the evacuation of about 40 homes on the surrounding streets.

Firefighters were called to the building on Quay Road shortly after 9pm and spent more than six hours bringing the blaze under control, the regional fire service said.

Chief fire officer Maeve Gilligan said eight engines and an aerial ladder had been sent to the scene. "The crews did extraordinary work in very difficult conditions," she said.

Nobody was hurt, but two firefighters were treated for heat exhaustion at the scene and later released.

Residents were moved to the community hall on Bridge Street, where volunteers handed out blankets and hot drinks until the early hours of Wednesday.

The warehouse, owned by the Linden Fabrics company, stored rolls of cotton and synthetic cloth. A spokesman for the firm said it was too early to estimate the cost of the damage.

Investigators will return to the site on Thursday to establish the cause of the fire, which is not yet being treated as suspicious.

Our reporters are following this story and will bring you updates as they come in."""

# A machine-style rewrite: same sentences in the same order, words swapped for odd synonyms.
SPUN_COPY = """A blaze ripped through a fabric depot in the harbour township of Carrowmore on Tuesday evening, compelling the clearing of roughly 40 dwellings on the encompassing lanes.

Fire combatants were summoned to the structure on Quay Road not long after 9pm and invested over six hours carrying the inferno under command, the provincial fire agency stated.

Top fire official Maeve Gilligan stated eight motors and an airborne stepladder had been dispatched to the location. "The crews did extraordinary work in very difficult conditions," she said.

No one was injured, however two fire combatants were dealt with for warmth fatigue at the location and afterward discharged.

Inhabitants were shifted to the neighbourhood corridor on Bridge Street, where helpers gave out coverings and hot beverages till the early periods of Wednesday.

The depot, possessed by the Linden Fabrics business, kept rolls of cotton and artificial fabric. A representative for the company stated it was excessively early to gauge the expense of the harm.

Detectives will come back to the location on Thursday to determine the reason for the blaze, which isn't yet being dealt with as dubious.

Quay Road will stay shut to vehicles until designers have examined the framework of the adjacent structures."""

DUPLICATE = """Home | News | Local

A fire tore through a textile warehouse in the port town of Carrowmore on Tuesday night, forcing the evacuation of about 40 homes on the surrounding streets.

Firefighters were called to the building on Quay Road shortly after 9pm and spent more than six hours bringing the blaze under control, the regional fire service said.

Chief fire officer Maeve Gilligan said eight engines and an aerial ladder had been sent to the scene. "The crews did extraordinary work in very difficult conditions," she said.

Nobody was hurt, but two firefighters were treated for heat exhaustion at the scene and later released.

Residents were moved to the community hall on Bridge Street, where volunteers handed out blankets and hot drinks until the early hours of Wednesday.

The warehouse, owned by the Linden Fabrics company, stored rolls of cotton and synthetic cloth. A spokesman for the firm said it was too early to estimate the cost of the damage.

Investigators will return to the site on Thursday to establish the cause of the fire, which is not yet being treated as suspicious.

Quay Road will remain closed to traffic until engineers have checked the structure of the neighbouring buildings.

Share this article
Sign up for our morning newsletter
Copyright 2024 Shoreline Media"""

# The same event, the same facts and the same quote, written independently.
INDEPENDENT = """Around forty households in Carrowmore had to leave their homes late on Tuesday when flames engulfed a cloth storage depot near the harbour.

The alarm was raised just after nine in the evening. Crews from across the region fought the fire on Quay Road through the night and only declared it contained at about 3am.

Maeve Gilligan, who leads the regional fire service, praised her teams. "The crews did extraordinary work in very difficult conditions," she said, adding that eight engines had attended.

There were no casualties, although two firefighters needed treatment for exhaustion caused by the heat.

Evacuated neighbours sheltered overnight in the Bridge Street community hall. Linden Fabrics, which owns the depot, declined to put a figure on the losses.

The cause of the fire is still unknown, and investigators are due on site later this week."""

# A broader piece that lifts three paragraphs of the original without credit.
PARTIAL_COPY = """Carrowmore's ageing harbour warehouses have worried safety inspectors for years, and this week's fire has renewed calls for a full review of how the buildings are used and maintained.

A council report published last spring found that half of the storage units along the waterfront lacked modern sprinkler systems, and several had wiring older than forty years.

Firefighters were called to the building on Quay Road shortly after 9pm and spent more than six hours bringing the blaze under control, the regional fire service said.

Nobody was hurt, but two firefighters were treated for heat exhaustion at the scene and later released.

The warehouse, owned by the Linden Fabrics company, stored rolls of cotton and synthetic cloth. A spokesman for the firm said it was too early to estimate the cost of the damage.

Councillor Ronan Whelan said the authority would bring forward inspections planned for next year. Owners who fail to meet the standards could face closure orders, he added.

Harbour businesses say the cost of upgrading old buildings is beyond many small firms, and they want the council to offer grants before it enforces new rules.

The port employs about 600 people, most of them in storage, haulage and the fishing fleet."""


def day(n: int) -> dt.date:
    return dt.date(2024, 3, 5) + dt.timedelta(days=n)


def article(aid: str, text: str, *, outlet: str | None = None, published: dt.date | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, outlet=outlet, published=published)


def fire_story() -> list[Article]:
    """Every case of the fire story, dated and with outlets."""
    return [
        article("original", ORIGINAL, outlet="Harbour Herald", published=day(0)),
        article("credited", CREDITED_COPY, outlet="Coastal Daily", published=day(1)),
        article("uncredited", UNCREDITED_COPY, outlet="Metro Wire", published=day(1)),
        article("spun", SPUN_COPY, outlet="Quick News Hub", published=day(2)),
        article("duplicate", DUPLICATE, outlet="Shoreline Media", published=day(1)),
        article("independent", INDEPENDENT, outlet="Valley Post", published=day(0)),
        article("partial", PARTIAL_COPY, outlet="Evening Bulletin", published=day(3)),
    ]

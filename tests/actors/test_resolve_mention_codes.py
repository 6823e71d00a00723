"""A table of mentions and the CAMEO code (country + sector) each must get, across regions:
names, aliases, abbreviations, seats of government, demonyms, titles, role phrases,
historic states, look-alike names and offices that depend on the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from actor_helpers import ActorsOf, actor_with

D2023 = dt.date(2023, 8, 2)

# (text, mention, expected code; None = the mention must not be an actor)
CASES: list[tuple[str, str, str | None]] = [
    # --- states by name, formal name and alias
    ("North Korea fired a missile into the sea on Sunday.", "North Korea", "PRK"),
    (
        "The Democratic People's Republic of Korea rejected the offer.",
        "Democratic People's Republic of Korea",
        "PRK",
    ),
    ("The Republic of Korea lodged a protest.", "Republic of Korea", "KOR"),
    ("South Korea and Japan agreed to share radar data.", "Japan", "JPN"),
    ("Burma freed several prisoners last year.", "Burma", "MMR"),
    ("Myanmar's junta extended the state of emergency.", "Myanmar", "MMR"),
    ("Ivory Coast will host the summit.", "Ivory Coast", "CIV"),
    ("Côte d'Ivoire signed the accord.", "Côte d'Ivoire", "CIV"),
    ("Türkiye blocked the vote.", "Türkiye", "TUR"),
    ("Turkey blocked the vote.", "Turkey", "TUR"),
    ("Eswatini held elections in September.", "Eswatini", "SWZ"),
    ("Czechia joined the coalition.", "Czechia", "CZE"),
    ("Timor-Leste applied to join the bloc.", "Timor-Leste", "TLS"),
    ("East Timor applied to join the bloc.", "East Timor", "TLS"),
    ("Cape Verde expanded its port.", "Cape Verde", "CPV"),
    ("Bosnia and Herzegovina recalled its envoy.", "Bosnia and Herzegovina", "BIH"),
    ("Papua New Guinea signed a security pact with Australia.", "Papua New Guinea", "PNG"),
    ("Papua New Guinea signed a security pact with Australia.", "Australia", "AUS"),
    ("Equatorial Guinea and Guinea-Bissau sent observers.", "Equatorial Guinea", "GNQ"),
    ("Equatorial Guinea and Guinea-Bissau sent observers.", "Guinea-Bissau", "GNB"),
    ("Guinea closed its border.", "Guinea", "GIN"),
    ("Britain and France condemned the attack.", "Britain", "GBR"),
    ("The United Kingdom and France condemned the attack.", "United Kingdom", "GBR"),
    ("America will not accept this, the senator said.", "America", "USA"),
    ("Holland beat Spain in the final.", "Holland", "NLD"),
    ("The Netherlands summoned the envoy.", "Netherlands", "NLD"),
    ("Viet Nam and Laos signed a border treaty.", "Viet Nam", "VNM"),
    ("Viet Nam and Laos signed a border treaty.", "Laos", "LAO"),
    ("Kosovo and Serbia resumed talks in Brussels.", "Kosovo", "XKX"),
    ("Kosovo and Serbia resumed talks in Brussels.", "Serbia", "SRB"),
    ("Taiwan reported Chinese jets near the island.", "Taiwan", "TWN"),
    ("Hong Kong arrested three activists.", "Hong Kong", "HKG"),
    ("Palestine joined the court in 2015.", "Palestine", "PSE"),
    ("The Holy See called for a ceasefire.", "Holy See", "VAT"),
    ("Sudan and South Sudan agreed to reopen the pipeline.", "Sudan", "SDN"),
    ("Sudan and South Sudan agreed to reopen the pipeline.", "South Sudan", "SSD"),
    ("Dominica and the Dominican Republic sent aid.", "Dominica", "DMA"),
    ("Dominica and the Dominican Republic sent aid.", "Dominican Republic", "DOM"),
    ("Niger and Nigeria share a long border.", "Niger", "NER"),
    ("Niger and Nigeria share a long border.", "Nigeria", "NGA"),
    ("Fighting resumed in eastern Congo.", "Congo", "COD"),
    ("DR Congo accused Rwanda of backing the rebels.", "DR Congo", "COD"),
    ("DR Congo accused Rwanda of backing the rebels.", "Rwanda", "RWA"),
    (
        "The Democratic Republic of the Congo expelled the envoy.",
        "Democratic Republic of the Congo",
        "COD",
    ),
    ("The Republic of the Congo held a vote.", "Republic of the Congo", "COG"),
    ("Congo-Brazzaville held a vote.", "Congo-Brazzaville", "COG"),
    ("Saudi Arabia and Iran restored ties.", "Saudi Arabia", "SAU"),
    ("Saudi Arabia and Iran restored ties.", "Iran", "IRN"),
    ("Bolivia, Peru and Chile met in Lima.", "Chile", "CHL"),
    ("Mongolia hosted the Pope.", "Mongolia", "MNG"),
    ("Fiji and Tonga signed a fisheries deal.", "Tonga", "TON"),
    ("Uzbekistan and Kazakhstan opened a new crossing.", "Kazakhstan", "KAZ"),
    # --- abbreviations (exact case)
    ("The U.S. imposed new sanctions.", "U.S.", "USA"),
    ("The US and the UK issued a joint statement.", "US", "USA"),
    ("The US and the UK issued a joint statement.", "UK", "GBR"),
    ("The USA won the match.", "USA", "USA"),
    ("The UAE hosted the talks.", "UAE", "ARE"),
    ("The PRC warned against any visit.", "PRC", "CHN"),
    ("The DPRK launched a satellite.", "DPRK", "PRK"),
    ("The ROK and the US held drills.", "ROK", "KOR"),
    ("The DRC accused its neighbour.", "DRC", "COD"),
    ("Let us talk about it, the minister said.", "us", None),
    # --- historic states
    ("The Soviet Union collapsed in 1991.", "Soviet Union", "SUN"),
    ("The USSR tested its first bomb in 1949.", "USSR", "SUN"),
    ("Czechoslovakia split peacefully in 1993.", "Czechoslovakia", "CSK"),
    ("Yugoslavia broke apart in the 1990s.", "Yugoslavia", "YUG"),
    ("East Germany built the wall in 1961.", "East Germany", "DDR"),
    (
        "The German Democratic Republic held its last election in 1990.",
        "German Democratic Republic",
        "DDR",
    ),
    ("South Vietnam fell in 1975.", "South Vietnam", "RVN"),
    # --- capitals and seats of power: the government
    ("Pyongyang said the drills were a rehearsal for invasion.", "Pyongyang", "PRKGOV"),
    ("Seoul protested the launch.", "Seoul", "KORGOV"),
    ("The Kremlin denied the report.", "Kremlin", "RUSGOV"),
    ("Downing Street said the talks would continue.", "Downing Street", "GBRGOV"),
    ("The White House welcomed the decision.", "White House", "USAGOV"),
    ("The Elysee said the trip was postponed.", "Elysee", "FRAGOV"),
    ("Kyiv accused Moscow of shelling civilians.", "Kyiv", "UKRGOV"),
    ("Kyiv accused Moscow of shelling civilians.", "Moscow", "RUSGOV"),
    ("Kiev rejected the claims.", "Kiev", "UKRGOV"),
    ("Beijing summoned the envoy.", "Beijing", "CHNGOV"),
    ("Tehran denied any role in the attack.", "Tehran", "IRNGOV"),
    ("Washington imposed tariffs on steel.", "Washington", "USAGOV"),
    ("Ankara and Athens traded accusations.", "Ankara", "TURGOV"),
    ("Addis Ababa rejected the report.", "Addis Ababa", "ETHGOV"),
    ("Brasilia recalled its ambassador.", "Brasilia", "BRAGOV"),
    ("New Delhi and Islamabad exchanged prisoner lists.", "Islamabad", "PAKGOV"),
    # a capital as a place stands for the state, not its government
    ("The president flew to Kyiv on Monday.", "Kyiv", "UKR"),
    ("Talks were held in Doha last week.", "Doha", "QAT"),
    # --- organisations
    ("The U.N. Security Council met on Friday.", "U.N. Security Council", "IGOUNO"),
    ("The U.N. said aid was blocked.", "U.N.", "IGOUNO"),
    ("The UN General Assembly adopted the resolution.", "UN General Assembly", "IGOUNO"),
    ("UNHCR said a million people had fled.", "UNHCR", "IGOUNO"),
    ("UNICEF warned of famine.", "UNICEF", "IGOUNO"),
    ("The WFP cut rations in the camps.", "WFP", "IGOUNO"),
    ("The WHO declared an emergency.", "WHO", "IGOUNO"),
    ("UNESCO listed the site.", "UNESCO", "IGOUNO"),
    ("The IAEA inspectors left the plant.", "IAEA", "IGOUNO"),
    ("The EU agreed a new package of sanctions.", "EU", "IGOEEC"),
    ("The European Union agreed new sanctions.", "European Union", "IGOEEC"),
    ("NATO will hold its summit in Vilnius.", "NATO", "IGONAT"),
    ("The African Union suspended Niger.", "African Union", "IGOAFU"),
    ("ASEAN leaders met in Jakarta.", "ASEAN", "IGOASN"),
    ("The WTO ruled against the tariffs.", "WTO", "IGOWTO"),
    ("The IMF approved a loan.", "IMF", "IGOIMF"),
    ("The World Bank cut its forecast.", "World Bank", "IGOUNO"),
    ("OPEC agreed to cut output.", "OPEC", "IGOOPC"),
    ("The Arab League readmitted Syria.", "Arab League", "IGOARL"),
    ("ECOWAS threatened to intervene.", "ECOWAS", "IGOWAS"),
    ("The OAS sent observers.", "OAS", "IGOOAS"),
    ("The G7 pledged support.", "G7", "IGOGOS"),
    ("The ICC issued an arrest warrant.", "ICC", "IGOJUD"),
    (
        "The International Court of Justice ordered provisional measures.",
        "International Court of Justice",
        "IGOUNO",
    ),
    ("The Red Cross visited the prisoners.", "Red Cross", "NGOHLH"),
    ("Amnesty International documented the abuses.", "Amnesty International", "NGOHRI"),
    ("Human Rights Watch documented the abuses.", "Human Rights Watch", "NGOHRI"),
    ("Doctors Without Borders evacuated its staff.", "Doctors Without Borders", "NGOHLH"),
    ("Hamas fired rockets at southern towns.", "Hamas", "PSEREB"),
    ("Hezbollah said it fired at an army post.", "Hezbollah", "LBNREB"),
    ("The Pentagon announced a new aid package.", "Pentagon", "USAMIL"),
    ("The CIA declined to comment.", "CIA", "USASPY"),
    ("Xinhua reported the meeting.", "Xinhua", "CHNJRN"),
    ("KCNA said the test was a success.", "KCNA", "PRKJRN"),
    ("The Wagner Group withdrew from the city.", "Wagner Group", "RUSUAF"),
    ("The Chinese Communist Party opened its congress.", "Chinese Communist Party", "CHNPTY"),
    ("The IRGC seized a tanker.", "IRGC", "IRNMIL"),
    ("The Washington Post reported the leak.", "Washington Post", "USAJRN"),
    (
        "The Chinese Foreign Ministry said the visit was private.",
        "Chinese Foreign Ministry",
        "CHNGOV",
    ),
    ("U.S. Central Command said the strike killed him.", "U.S. Central Command", "USA"),
    ("The Kenya Wildlife Service moved the rhinos.", "Kenya Wildlife Service", "KEN"),
    # --- unnamed role-holders: demonym or possessive + role word
    (
        "The former Iraqi prime minister's government collapsed.",
        "former Iraqi prime minister's government",
        "IRQGOV",
    ),
    ("Chinese officials denied the report.", "Chinese officials", "CHNGOV"),
    ("Russian troops crossed the border.", "Russian troops", "RUSMIL"),
    ("The Iraqi prime minister arrived on Tuesday.", "Iraqi prime minister", "IRQGOV"),
    ("Iranian protesters gathered outside the embassy.", "Iranian protesters", "IRNCVL"),
    ("Israeli soldiers opened fire.", "Israeli soldiers", "ISRMIL"),
    ("Palestinian militants fired rockets.", "Palestinian militants", "PSEREB"),
    ("Afghan refugees crossed into Pakistan.", "Afghan refugees", "AFGREF"),
    ("Syrian rebels seized the town.", "Syrian rebels", "SYRREB"),
    ("Egyptian police arrested dozens.", "Egyptian police", "EGYCOP"),
    ("Pakistani judges rejected the petition.", "Pakistani judges", "PAKJUD"),
    ("Brazilian lawmakers approved the bill.", "Brazilian lawmakers", "BRALEG"),
    ("Kenyan students marched in Nairobi.", "Kenyan students", "KENEDU"),
    ("Ukrainian doctors treated the wounded.", "Ukrainian doctors", "UKRHLH"),
    ("Mexican journalists protested the killing.", "Mexican journalists", "MEXJRN"),
    ("Japanese companies cut investment.", "Japanese companies", "JPNBUS"),
    ("Indian farmers blocked the highway.", "Indian farmers", "INDAGR"),
    ("Polish clergy condemned the law.", "Polish clergy", "POLREL"),
    ("Sudanese militia attacked the village.", "Sudanese militia", "SDNUAF"),
    (
        "Venezuelan opposition leaders boycotted the vote.",
        "Venezuelan opposition leaders",
        "VENOPP",
    ),
    ("Thai military officials met the delegation.", "Thai military officials", "THAMIL"),
    ("Colombian civilians fled the fighting.", "Colombian civilians", "COLCVL"),
    ("South Korea's president visited Kyiv.", "South Korea's president", "KORGOV"),
    ("Nigeria's foreign ministry summoned the envoy.", "Nigeria's foreign ministry", "NGAGOV"),
    ("The defense minister of Peru resigned.", "defense minister of Peru", "PERMIL"),
    ("U.N. peacekeepers patrolled the buffer zone.", "U.N. peacekeepers", "IGOPKO"),
    ("Russian officials said the talks failed.", "Russian officials", "RUSGOV"),
    ("Officials in Manila said the ship was damaged.", "Manila", "PHL"),
    ("The military parade lasted two hours.", "military", None),
    ("A police station was burned.", "police", None),
    # --- collective demonyms
    ("The Chinese have approached the island ever since.", "The Chinese", "CHN"),
    ("The Russians said they would respond.", "The Russians", "RUS"),
    ("Americans are divided on the war.", "Americans", "USACVL"),
    ("A Chinese parade was held.", "Chinese", None),
    # --- named people with titles and appositions (invented names: the rule, not the list)
    ("Kenyan President Daniel Moiwa opened the summit.", "Daniel Moiwa", "KENGOV"),
    ("Daniel Moiwa, the Kenyan president, opened the summit.", "Daniel Moiwa", "KENGOV"),
    ("The president of Chile, Marta Quispe, spoke first.", "Marta Quispe", "CHLGOV"),
    ("Park Jin-woo, a former South Korean ambassador to Japan, said so.", "Park Jin-woo", "KORELI"),
    ("Former Peruvian President Luis Cardenal was arrested.", "Luis Cardenal", "PERELI"),
    ("Ex-President Olu Adeyemi of Nigeria died.", "Olu Adeyemi", "NGAELI"),
    ("Polish Defence Minister Jan Wolski visited the base.", "Jan Wolski", "POLMIL"),
    ("Kenyan opposition leader Ruth Achieng called for protests.", "Ruth Achieng", "KENOPP"),
    ("Congolese rebel commander Jean Mbala denied the charge.", "Jean Mbala", "CODREB"),
    ("The Turkish intelligence chief Emre Kaya met him.", "Emre Kaya", "TURSPY"),
    ("Russia's Pavel Ivashin called the vote illegal.", "Pavel Ivashin", "RUS"),
    ("Spokeswoman Lena Hart declined to comment.", "Lena Hart", "GOV"),
    ("Marco Bellini told reporters the deal was close.", "Marco Bellini", ""),
    ("NATO Secretary-General Karl Ostberg arrived in Kyiv.", "Karl Ostberg", "IGONAT"),
    # --- look-alike names
    ("Georgia applied to join the European Union.", "Georgia", "GEO"),
    ("Georgia Harrison said she would appeal.", "Georgia", None),
    ("Jordan closed its border with Syria.", "Jordan", "JOR"),
    ("Michael Jordan said he would sell the team.", "Jordan", None),
    ("Chad expelled the German ambassador.", "Chad", "TCD"),
    ("Chad Whitman said he would run again.", "Chad", None),
    ("The storm hit New Mexico on Friday.", "Mexico", None),
    ("The Korean War ended in an armistice.", "Korean War", None),
    ("Fishermen in the Gulf of Mexico were warned.", "Mexico", None),
    ("She bought a turkey and some china.", "turkey", None),
    ("George Washington crossed the river.", "Washington", None),
    # --- offices held at the publication date (test people file)
    ("Theresa May met the Irish leader.", "Theresa May", "GBRELI"),
    ("Boris Johnson met the Irish leader.", "Boris Johnson", "GBRELI"),
    ("Amara Okafor-Bello addressed the assembly.", "Amara Okafor-Bello", "NGAGOV"),
    ("Tomas Lindqvar visited the troops.", "Tomas Lindqvar", "SWEELI"),
    ("Zhou Minhai said the visit was private.", "Zhou Minhai", "CHNGOV"),
    ("Ilse Vandermeer visited the camp.", "Ilse Vandermeer", "IGOUNO"),
]

# (text, published, mention, code): the same words, another date.
DATED: list[tuple[str, dt.date, str, str]] = [
    (
        "The British prime minister, Theresa May, met the Irish leader.",
        dt.date(2019, 3, 1),
        "Theresa May",
        "GBRGOV",
    ),
    ("Theresa May spoke in the debate.", dt.date(2023, 3, 1), "Theresa May", "GBRELI"),
    ("Boris Johnson met the Irish leader.", dt.date(2017, 5, 1), "Boris Johnson", "GBRGOV"),
    (
        "Amara Okafor-Bello addressed the assembly.",
        dt.date(2021, 1, 1),
        "Amara Okafor-Bello",
        "NGAELI",
    ),
    (
        "Amara Okafor-Bello addressed the assembly.",
        dt.date(2017, 1, 1),
        "Amara Okafor-Bello",
        "NGAGOV",
    ),
    ("Tomas Lindqvar visited the troops.", dt.date(2020, 6, 1), "Tomas Lindqvar", "SWEMIL"),
    ("The Taliban seized the district.", dt.date(2019, 6, 1), "Taliban", "AFGREB"),
    ("The Taliban banned the protest.", dt.date(2022, 6, 1), "Taliban", "AFGGOV"),
]


@pytest.mark.parametrize(("text", "mention", "code"), CASES)
def test_resolve_mention_gets_code(
    actors_of: ActorsOf, text: str, mention: str, code: str | None
) -> None:
    actors = actors_of(text)
    actor = actor_with(actors, mention)
    if code is None:
        assert actor is None or mention not in actor.name, f"{mention!r} became {actor}"
        return
    assert actor is not None, f"no actor for {mention!r}: {[(a.name, a.code) for a in actors]}"
    assert (actor.code or "") == code, f"{mention!r}: {actor.code} ({actor.basis})"


@pytest.mark.parametrize(("text", "published", "mention", "code"), DATED)
def test_resolve_office_by_publication_date(
    actors_of: ActorsOf, text: str, published: dt.date, mention: str, code: str
) -> None:
    actor = actor_with(actors_of(text, published), mention)
    assert actor is not None
    assert actor.code == code, actor.basis


def test_resolve_unnamed_office_to_holder_at_date(actors_of: ActorsOf) -> None:
    march = actor_with(
        actors_of("The British prime minister met the Irish leader.", dt.date(2019, 3, 1)),
        "British prime minister",
    )
    september = actor_with(
        actors_of("The British prime minister met the Irish leader.", dt.date(2019, 9, 1)),
        "British prime minister",
    )
    assert march is not None and march.name == "Theresa May"
    assert september is not None and september.name == "Boris Johnson"


def test_cases_cover_at_least_150_mentions() -> None:
    assert len(CASES) + len(DATED) >= 150

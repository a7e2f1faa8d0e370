import type { SeedTheme } from '../types'

/** Recognition by sector: the same core, in the sector's own rules and words. */
export const sectorThemes: SeedTheme[] = [
  {
    title: 'Onderwijs',
    slug: 'onderwijs',
    site: 'professionals',
    section: 'sector',
    order: 1,
    summary:
      'Voor mentoren, zorgcoördinatoren en schoolleiders: signaleren, de meldcode, de zorgplicht voor sociale veiligheid en nazorg na incidenten.',
    body: `Leraren en mentoren zien leerlingen dagelijks. Daardoor merken zij vaak als eerste dat er iets mis is: een leerling die \
thuis geweld meemaakt, online wordt afgeperst of een ingrijpend verlies heeft geleden.

## De regels in het onderwijs

- **Zorgplicht sociale veiligheid.** Elke school voert een sociaal veiligheidsbeleid, monitort jaarlijks de \
veiligheidsbeleving van leerlingen en heeft een aanspreekpunt en coördinator voor het pestbeleid.
- **Wet verplichte meldcode.** Bij vermoedens van huiselijk geweld of kindermishandeling volgt u de vijf stappen van de \
meldcode van uw school en gebruikt u het afwegingskader voor het onderwijs. Bij acute of structurele onveiligheid meldt \
u bij Veilig Thuis (0800-2000).
- **Meldplicht en aangifteplicht.** Krijgt een personeelslid informatie dat een medewerker van de school mogelijk een \
zedendelict pleegt tegen een minderjarige leerling, dan meldt hij dat direct aan het bevoegd gezag. Het bevoegd gezag \
overlegt met de vertrouwensinspecteur en doet bij een redelijk vermoeden aangifte.
- **Klachtenregeling en vertrouwenspersoon.** Leerlingen en ouders kunnen terecht bij de interne contactpersoon of vertrouwenspersoon van de school en bij de vertrouwensinspecteur (0900-111 3 111).

## Wat u als mentor of docent kunt doen

- Let op veranderingen: in gedrag, schoolresultaten, verzuim of vriendschappen. De [signalenwijzer](/signalenwijzer/) helpt bij het duiden.
- Maak ruimte voor een gesprek, op een rustig moment en zonder publiek.
- Beloof geen geheimhouding, maar wel dat u niets doet zonder het eerst te vertellen.
- Bespreek uw zorg met de zorgcoördinator of intern begeleider. U staat er niet alleen voor.

## Als een leerling slachtoffer is

- Denk mee over wat er op school nodig is: een rustige plek, uitstel van toetsen, afspraken over de terugkeer na verzuim.
- Gaat het om seksueel geweld van minder dan een week geleden, verwijs dan direct naar het Centrum Seksueel Geweld (0800-0188).
- Gaat het om online misbruik, zoals het verspreiden van naaktbeelden, dan helpt Helpwanted bij het offline halen van beelden.
- Voor hulp na een misdrijf of ongeval kunnen leerlingen en ouders terecht bij Slachtofferhulp Nederland (0900-0101).

## Als de hele school geraakt wordt

Bij het overlijden van een leerling of medewerker, een ernstig ongeval of geweld op school volgt u het \
calamiteitenprotocol van uw school. Het stappenplan [Nazorg bij suïcide op \
school](/stappenplannen/nazorg-bij-suicide-op-school/) beschrijft per fase wat de schoolleiding, mentoren en \
zorgcoördinator doen: preventief, in de acute fase en in de nafase.

## Verder

Overleg over een leerling of over de aanpak van de school kan via de [advieslijn](/advieslijn/). Voor teams biedt \
Slachtofferhulp Nederland [trainingen](/trainingen/) over signaleren, het gesprek en doorverwijzen.`,
  },
  {
    title: 'Zorg',
    slug: 'zorg',
    site: 'professionals',
    section: 'sector',
    order: 2,
    summary:
      'Voor huisartsen, verpleegkundigen en andere zorgverleners: signalen herkennen, letsel vastleggen, meldrecht en doorverwijzen.',
    body: `Veel slachtoffers komen eerst bij een zorgverlener, vaak met een andere klacht: hoofdpijn, slapeloosheid, buikpijn of \
een verwonding waarvan de uitleg niet klopt. Een gerichte vraag kan dan de deur openen.

## De regels in de zorg

- **Wet verplichte meldcode.** Ook zorgverleners werken met een meldcode met vijf stappen en een afwegingskader. Voor \
artsen is dat de KNMG-meldcode. Bij acute of structurele onveiligheid meldt u bij Veilig Thuis (0800-2000).
- **Beroepsgeheim en meldrecht.** U hebt een beroepsgeheim, maar u mag zonder toestemming van de patiënt melden bij \
Veilig Thuis als dat nodig is om huiselijk geweld of kindermishandeling te stoppen. Leg uw afweging vast in het dossier.
- **Wkkgz.** Zorgaanbieders melden calamiteiten en geweld in de zorgrelatie bij de Inspectie Gezondheidszorg en Jeugd.
- **Agressie tegen zorgverleners.** Zorgverleners zijn werknemers met een publieke taak. Bij agressie gelden landelijke afspraken met politie en OM over snelle afhandeling en een hogere strafeis.

## Signalen in de spreekkamer

- Letsel dat niet past bij de uitleg, of letsel van verschillende ouderdom.
- Terugkerende, onverklaarde klachten zonder duidelijke oorzaak.
- Een partner die het woord doet of de patiënt niet alleen laat.
- Een patiënt die afspraken vaak afzegt of juist heel vaak komt.

Meer signalen per domein vindt u in de [signalenwijzer](/signalenwijzer/).

## Wat u kunt doen

- **Vraag er gericht naar.** Bijvoorbeeld: "Soms hebben klachten als deze te maken met spanningen thuis of iets naars dat iemand heeft meegemaakt. Speelt dat bij u?"
- **Leg letsel objectief vast**: plaats, grootte, kleur en de uitleg van de patiënt in diens eigen woorden. Een goed \
dossier kan later helpen bij aangifte of een aanvraag bij het Schadefonds Geweldsmisdrijven.
- **Verwijs acuut seksueel geweld door.** Binnen zeven dagen kan het Centrum Seksueel Geweld (0800-0188) medische zorg, sporenonderzoek en psychische hulp bieden.
- **Let op traumaklachten.** Zijn de klachten na vier tot zes weken niet afgenomen, overweeg dan verwijzing voor traumabehandeling.

## Doorverwijzen

Slachtofferhulp Nederland ondersteunt uw patiënt bij alles wat buiten uw behandelkamer ligt: aangifte, het strafproces, \
schadevergoeding, verzekeringen en praktische zaken. Met toestemming van de patiënt meldt u hem aan via 0900-0101. \
Daarmee neemt u uzelf werk uit handen en krijgt de patiënt hulp van mensen die het strafproces kennen.

## Uzelf niet vergeten

Zorgverleners die zelf agressie meemaken, hebben recht op opvang door hun werkgever. Zie ook het stappenplan [Incident \
op de werkvloer](/stappenplannen/incident-op-de-werkvloer/). Wilt u een casus bespreken? Bel de \
[advieslijn](/advieslijn/).`,
  },
  {
    title: 'Hulpverlening',
    slug: 'hulpverlening',
    site: 'professionals',
    section: 'sector',
    order: 3,
    summary:
      'Voor maatschappelijk werkers, jeugdhulpverleners en ggz-professionals: hulp bieden én het strafproces en de schade niet vergeten.',
    body: `Hulpverleners bieden vaak al emotionele steun aan cliënten die slachtoffer zijn. Wat dan nog ontbreekt, is hulp bij de \
juridische en praktische kant: aangifte, het strafproces, de schade. Juist die kant roept veel emoties op en kan het \
herstel vertragen als niemand er zicht op heeft.

## De regels in de hulpverlening

- **Wet verplichte meldcode.** Jeugdhulp, maatschappelijke ondersteuning, ggz en verslavingszorg werken met de meldcode \
en het afwegingskader van hun beroepsgroep. Bij acute of structurele onveiligheid meldt u bij Veilig Thuis (0800-2000).
- **Beroepscode en beroepsgeheim.** Uw beroepscode bepaalt wanneer u informatie mag delen. Bij huiselijk geweld en kindermishandeling hebt u meldrecht, ook zonder toestemming van de cliënt.
- **Jeugdwet.** Zijn er ernstige zorgen over de veiligheid van een kind en lukt vrijwillige hulp niet, dan kan Veilig Thuis de Raad voor de Kinderbescherming inschakelen.

## Psychosociaal en juridisch samen

De zorgketen en de strafrechtketen zijn sterk gescheiden. Hulpverleners weten vaak weinig over het strafproces; juristen weten weinig over trauma. Voor uw cliënt hangt het samen:

- Een oproep voor een verhoor of zitting kan klachten terugbrengen.
- Een sepot of een lage straf kan voelen als niet erkend worden.
- Wachten op schadevergoeding houdt het incident levend.

Bespreek daarom met uw cliënt waar hij staat in het strafproces en plan uw hulp rond belangrijke momenten, zoals de zitting.

## Wat Slachtofferhulp Nederland aanvult

- Uitleg over het strafproces en de slachtofferrechten, zoals het spreekrecht en het recht op inzage in het dossier.
- Hulp bij het voegen als benadeelde partij om schade vergoed te krijgen.
- Begeleiding naar de zitting.
- Hulp bij een aanvraag bij het Schadefonds Geweldsmisdrijven.

Met toestemming van uw cliënt meldt u aan via 0900-0101. U blijft de hulpverlener; Slachtofferhulp Nederland neemt de juridische en praktische ondersteuning voor zijn rekening.

## Gespecialiseerde hulp

- Acuut seksueel geweld (minder dan een week geleden): Centrum Seksueel Geweld, 0800-0188.
- Suïcidale gedachten: 113 of 0800-0113.
- Online seksueel misbruik en sextortion: Helpwanted.

## Uw eigen grenzen

Werken met slachtoffers vraagt veel. Secundaire traumatisering is een bekend risico. Gebruik intervisie en supervisie en \
bespreek zware casussen. Overleg over een casus kan ook via de [advieslijn](/advieslijn/). De gesprekstips op dit \
platform en onze [trainingen](/trainingen/) helpen u om slachtofferbewust te werken.`,
  },
  {
    title: 'Sociaal domein',
    slug: 'sociaal-domein',
    site: 'professionals',
    section: 'sector',
    order: 4,
    summary:
      'Voor wijkteams, gemeenten, schuldhulpverleners en bewindvoerders: slachtofferschap herkennen achter geldzorgen, eenzaamheid of overlast.',
    body: `In het sociaal domein komt slachtofferschap vaak binnen via een andere vraag. Een inwoner met schulden blijkt \
slachtoffer van fraude of financiële uitbuiting. Een melding van overlast blijkt over stalking te gaan. Een oudere die \
zich terugtrekt, wordt bestolen door iemand uit de omgeving.

## De regels in het sociaal domein

- **Wmo 2015 en Jeugdwet.** Gemeenten zijn verantwoordelijk voor ondersteuning en jeugdhulp, ook als die nodig is door slachtofferschap.
- **Wet verplichte meldcode.** Wmo-aanbieders en jeugdhulp werken met de meldcode. Bij vermoedens van huiselijk geweld \
of ouderenmishandeling, ook financiële uitbuiting, raadpleegt u Veilig Thuis (0800-2000).
- **Wet gemeentelijke schuldhulpverlening.** Schulden door fraude of uitbuiting horen in het hulpaanbod. Wees alert op schulden die iemand niet zelf heeft gemaakt.
- **Privacy (AVG).** Deel gegevens alleen als dat nodig is en bij voorkeur met toestemming. In het Zorg- en Veiligheidshuis gelden vaste afspraken voor gegevensdeling.

## Signalen om op te letten

- Schulden of betalingen die de inwoner niet kan verklaren.
- Een "nieuwe vriend" of familielid die ineens over de financiën gaat.
- Angst om de deur open te doen, gesloten gordijnen, vermijden van de buurt.
- Herhaalde meldingen van overlast rond dezelfde persoon.

De [signalenwijzer](/signalenwijzer/) geeft meer signalen per domein.

## Wat u kunt doen

- Vraag door op de achtergrond van een hulpvraag: "Hoe zijn deze schulden ontstaan?"
- Help bij het veiligstellen van bewijs: bankafschriften, berichten, brieven.
- Wijs bij fraude op de Fraudehelpdesk (088-786 73 72) en op aangifte bij de politie.
- Bewindvoerders: controleer bij onverklaarbare transacties direct met de bank wat er mogelijk is om betalingen te blokkeren of terug te halen.

## Doorverwijzen

Slachtofferhulp Nederland helpt inwoners bij aangifte, het strafproces en het verhalen van schade, en biedt emotionele \
steun. Met toestemming meldt u iemand aan via 0900-0101. Voor juridische vragen buiten het strafproces, zoals huur of \
schulden, kan de inwoner bij het Juridisch Loket terecht.

## De rol van de gemeente bij calamiteiten

Bij een ramp, ernstig ongeval of schokkende gebeurtenis in de gemeente is de burgemeester verantwoordelijk voor de \
bevolkingszorg, waaronder psychosociale hulp. Slachtofferhulp Nederland ondersteunt gemeenten bij de opvang van \
getroffenen, bijvoorbeeld met een informatie- en adviescentrum. Maak hier vooraf afspraken over. Neem contact op via de \
[advieslijn](/advieslijn/).`,
  },
  {
    title: 'HR',
    slug: 'hr',
    site: 'professionals',
    section: 'sector',
    order: 5,
    summary:
      'Voor HR-professionals en leidinggevenden: de Arbowet, psychosociale arbeidsbelasting, opvang na incidenten en slachtofferbeleid.',
    body: `Medewerkers worden in hun werk slachtoffer van agressie, overvallen of ongewenst gedrag. Ook buiten het werk kan een \
medewerker slachtoffer worden, met gevolgen voor inzet en verzuim. HR speelt een sleutelrol: in beleid, in opvang en in \
de terugkeer naar werk.

## De regels voor werkgevers

- **Arbowet: psychosociale arbeidsbelasting (PSA).** De werkgever voert beleid om agressie en geweld, seksuele intimidatie, pesten, discriminatie en werkdruk te voorkomen of te beperken.
- **RI&E en plan van aanpak.** Deze risico's staan in de risico-inventarisatie en -evaluatie, met maatregelen in het plan van aanpak.
- **Voorlichting en instructie.** Medewerkers weten hoe ze agressie voorkomen en wat ze doen als het toch gebeurt.
- **Melding van ernstige arbeidsongevallen** bij de Nederlandse Arbeidsinspectie, direct na het ongeval.
- **Wet verbetering poortwachter.** Bij verzuim na een incident begeleidt de bedrijfsarts de re-integratie.
- **Werkgeversaansprakelijkheid.** De werkgever kan aansprakelijk zijn voor schade van een werknemer als de zorgplicht niet is nagekomen.

## Een goed slachtofferbeleid bevat

- Een **vertrouwenspersoon** ongewenste omgangsvormen en een **klachtenregeling**.
- Een **opvangprocedure** na incidenten: wie vangt op, wie belt wie, wanneer volgt een vervolggesprek.
- Een **bedrijfsopvangteam** of getrainde collega's voor collegiale opvang.
- **Afspraken over aangifte**: aangifte met het adres van het werk, begeleiding door een leidinggevende, en verhaal van de schade op de dader.
- **Nazorg**: een gesprek na vier tot zes weken en aandacht rond het proces en de zitting.

## Direct na een incident

Het stappenplan [Incident op de werkvloer](/stappenplannen/incident-op-de-werkvloer/) beschrijft per fase wat leidinggevende, HR en bedrijfsarts doen. Kern:

- Veiligheid en medische zorg eerst.
- Persoonlijke aandacht van de leidinggevende, dezelfde dag.
- Geen verplichte groepsdebriefing, wel praktische steun en informatie.
- Blijf in contact, ook als de medewerker verzuimt.

## Als een medewerker buiten het werk slachtoffer is

Huiselijk geweld, stalking of een overval thuis werken door op het werk. Bied ruimte voor een gesprek, flexibele \
werktijden of verlof, en wijs op Slachtofferhulp Nederland (0900-0101). Bij huiselijk geweld kan de medewerker Veilig \
Thuis (0800-2000) bellen voor advies.

## Advies voor uw organisatie

Slachtofferhulp Nederland adviseert werkgevers over slachtofferbeleid en nazorg en biedt [trainingen](/trainingen/) voor \
leidinggevenden en opvangteams. Overleg over een concrete situatie kan via de [advieslijn](/advieslijn/).`,
  },
  {
    title: 'Sport',
    slug: 'sport',
    site: 'professionals',
    section: 'sector',
    order: 6,
    summary:
      'Voor bestuurders, trainers en vertrouwenscontactpersonen: een veilig sportklimaat, de VOG, melden bij Centrum Veilige Sport en nazorg.',
    body: `Sportclubs draaien grotendeels op vrijwilligers. Toch verwachten leden en ouders dat de club professioneel handelt als er iets misgaat. Met een paar vaste afspraken kan elke club dat.

## De regels in de sport

- **Vertrouwenscontactpersoon (VCP).** Elke club hoort een VCP te hebben: het laagdrempelige aanspreekpunt voor leden met zorgen over grensoverschrijdend gedrag.
- **Verklaring Omtrent het Gedrag (VOG).** Vraag een VOG voor trainers en begeleiders die met minderjarigen werken. Via \
de regeling Gratis VOG kunnen verenigingen die met minderjarigen werken de aanvraag onder voorwaarden kosteloos doen.
- **Gedragsregels begeleiders.** De gedragsregels van NOC*NSF beschrijven wat wel en niet kan tussen begeleider en sporter. Laat nieuwe begeleiders ze ondertekenen.
- **Tuchtrecht.** Sportbonden hebben een tuchtreglement seksuele intimidatie. Zaken worden behandeld door het Instituut \
Sportrechtspraak (ISR). Veel reglementen kennen een meldplicht voor bestuurders en begeleiders.
- **Meldcode.** Sportverenigingen vallen niet onder de Wet verplichte meldcode. Bij vermoedens van huiselijk geweld of kindermishandeling kunt u wel altijd Veilig Thuis raadplegen (0800-2000).

## Centrum Veilige Sport Nederland

Centrum Veilige Sport Nederland (0900-2025590) is er voor iedereen in de georganiseerde sport: sporters, ouders, \
trainers, bestuurders en VCP's. Het centrum luistert, adviseert over de te volgen route, kan een professionele \
vertrouwenspersoon inzetten en neemt meldingen aan. Contact is vertrouwelijk en kan anoniem.

## Preventie in de club

- Zorg dat leden weten wie de VCP is en hoe ze die bereiken.
- Werk met het vier-ogenprincipe: geen één-op-één situaties achter gesloten deuren.
- Bespreek omgangsregels in teams en met ouders aan het begin van het seizoen.
- Maak een plan voor incidenten: wie leidt, wie communiceert, wie belt de bond.

## Als er iets gebeurt

Het stappenplan [Incident in de sport](/stappenplannen/incident-in-de-sport/) beschrijft per fase wat bestuur, VCP en trainers doen. De belangrijkste punten:

- Bij direct gevaar of een strafbaar feit: bel 112 of de politie.
- Luister en leg vast, maar doe geen eigen onderzoek.
- Overleg met de bond of Centrum Veilige Sport Nederland.
- Communiceer feitelijk, zonder namen of details die slachtoffers schaden.

## Hulp voor betrokkenen

Slachtoffers, ouders, teamgenoten en getuigen kunnen terecht bij Slachtofferhulp Nederland (0900-0101). Bij seksueel \
geweld van minder dan een week geleden: Centrum Seksueel Geweld (0800-0188). Wilt u als bestuur eerst overleggen? Bel de \
[advieslijn](/advieslijn/).`,
  },
]

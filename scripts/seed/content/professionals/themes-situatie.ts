import type { SeedTheme } from '../types'

/** Entry by situation: what a professional faces right now, with the next step first. */
export const situatieThemes: SeedTheme[] = [
  {
    title: 'Ik heb vermoedens',
    slug: 'ik-heb-vermoedens',
    site: 'professionals',
    section: 'situatie',
    order: 1,
    summary:
      'U vermoedt dat een cliënt, leerling of patiënt slachtoffer is. Zo brengt u signalen in kaart, overlegt u en bepaalt u de volgende stap.',
    body: `Een vermoeden is geen zekerheid, en dat hoeft ook niet. U hoeft niet te bewijzen dat er iets is gebeurd. Wel wordt van \
u verwacht dat u zorgvuldig handelt: signalen vastleggen, overleggen en een besluit nemen.

## Eerst: is er acuut gevaar?

- Is iemand nu in gevaar of gewond? Bel **112**.
- Gaat het om huiselijk geweld of kindermishandeling en wilt u direct overleggen? Bel **Veilig Thuis: 0800-2000** (gratis, dag en nacht).
- Denkt iemand aan zelfdoding? Bel samen met hem of haar **113** of **0800-0113**.

## Werkt u met de meldcode?

De Wet verplichte meldcode huiselijk geweld en kindermishandeling geldt voor professionals in de zorg, het onderwijs, de \
kinderopvang, de maatschappelijke ondersteuning, de jeugdhulp en justitie. Uw organisatie heeft een eigen meldcode met \
deze vijf stappen:

1. **Breng signalen in kaart.** Noteer wat u ziet en hoort, met datum en bron. Schrijf feiten op, geen interpretaties.
2. **Overleg met een collega** en raadpleeg zo nodig Veilig Thuis (dat kan anoniem, zonder namen) of een deskundige op het gebied van letselduiding.
3. **Ga in gesprek met de betrokkene.** Vertel wat u hebt gezien en vraag hoe de ander dat ziet.
4. **Weeg het geweld** met het afwegingskader van uw beroepsgroep. Is er een vermoeden? Is er acute of structurele onveiligheid?
5. **Beslis:** bij acute of structurele onveiligheid meldt u bij Veilig Thuis. Daarnaast bepaalt u of u zelf hulp kunt bieden of organiseren.

## Vermoedens buiten de huiselijke kring

Ook bij andere vormen van slachtofferschap, zoals stalking, online seksuele intimidatie, fraude of een overval, loont een vaste aanpak:

- Leg vast wat u opvalt en bespreek het met een collega of leidinggevende.
- Vraag open en rustig hoe het met iemand gaat. Dring niet aan.
- Wijs op Slachtofferhulp Nederland (0900-0101) of meld iemand met toestemming aan.

## Wat u beter niet doet

- Zelf onderzoek doen of iemand verhoren. Dat is aan de politie.
- Beloven dat u alles geheimhoudt. Beloof wel dat u niets doet zonder het eerst te vertellen.
- De vermoedelijke pleger confronteren zonder overleg. Dat kan het slachtoffer in gevaar brengen.

## Verder helpen

- Welke signalen horen bij welk delict? Gebruik de [signalenwijzer](/signalenwijzer/).
- Wat te doen per situatie en fase? Bekijk de [stappenplannen](/stappenplannen/).
- Twijfelt u? Bespreek de casus met de [advieslijn](/advieslijn/).`,
  },
  {
    title: 'Een cliënt van mij is slachtoffer',
    slug: 'een-client-is-slachtoffer',
    site: 'professionals',
    section: 'situatie',
    order: 2,
    summary:
      'Uw cliënt, patiënt of leerling is slachtoffer geworden. Wat u zelf kunt doen, waar uw rol ophoudt en hoe u warm doorverwijst.',
    body: `Slachtoffers vertellen hun verhaal vaak eerst aan iemand die ze al kennen: de huisarts, de mentor, de wijkcoach of de \
bewindvoerder. Uw reactie op dat moment doet ertoe. U hoeft geen specialist te zijn om het verschil te maken.

## Wat een slachtoffer van u nodig heeft

- **Erkenning.** Zeg dat het niet de schuld van uw cliënt is en dat het goed is dat hij of zij het vertelt.
- **Rust en overzicht.** Help de eerste vragen op een rij te zetten: veiligheid, medische zorg, aangifte, werk of school.
- **Informatie.** Slachtoffers hebben rechten, bijvoorbeeld op informatie over hun zaak, op ondersteuning en op schadevergoeding. Meer daarover op de pagina Slachtofferrechten.

## Normale reacties en wanneer meer hulp nodig is

Slapeloosheid, schrikreacties, piekeren, boosheid en schaamte zijn normale reacties op een schokkende gebeurtenis. Bij \
de meeste mensen nemen ze in de eerste weken af. Houden de klachten na vier tot zes weken aan, of worden ze erger, \
verwijs dan naar de huisarts. Die kan beoordelen of traumabehandeling nodig is.

## Uw rol en uw grenzen

U helpt vanuit uw eigen vak. Juridische vragen over het strafproces, schade en verzekeringen horen vaak niet bij uw \
taak. Daarvoor kunt u doorverwijzen. Dat is geen afschuiven: het is zorgen dat uw cliënt de juiste hulp krijgt.

## Doorverwijzen naar Slachtofferhulp Nederland

Er zijn twee manieren:

1. **Wijzen op het aanbod.** Uw cliënt neemt zelf contact op via 0900-0101 of de chat op slachtofferhulp.nl.
2. **Warm doorverwijzen.** Met toestemming van uw cliënt meldt u hem of haar zelf aan via 0900-0101. U bespreekt de situatie met een medewerker, die daarna contact opneemt met uw cliënt.

Vraag altijd eerst toestemming voordat u gegevens deelt, en leg vast dat u die toestemming hebt gekregen.

## Wat Slachtofferhulp Nederland doet

- Emotionele steun en praktische hulp na een misdrijf, verkeersongeval of calamiteit.
- Juridische ondersteuning tijdens het strafproces, bijvoorbeeld bij het spreekrecht.
- Hulp bij het verhalen van schade, onder meer via het strafproces en het Schadefonds Geweldsmisdrijven.

De hulp is gratis. Twijfelt u of doorverwijzen past, of wilt u eerst sparren? Bel de [advieslijn](/advieslijn/). Wilt u \
per situatie weten wat u kunt doen, bekijk dan de [stappenplannen](/stappenplannen/).`,
  },
  {
    title: 'Incident op school',
    slug: 'incident-op-school',
    site: 'professionals',
    section: 'situatie',
    order: 3,
    summary: 'Overlijden, geweld of misbruik raakt de hele school. Zo organiseert u opvang en nazorg voor leerlingen, ouders en personeel.',
    body: `Een ernstig incident op school raakt niet alleen de direct betrokkenen. Klasgenoten, docenten, ouders en ondersteunend \
personeel reageren allemaal. Een school die vooraf weet wie wat doet, kan rust en duidelijkheid bieden.

## De wettelijke basis

- **Zorgplicht sociale veiligheid.** Scholen zijn verplicht een sociaal veiligheidsbeleid te voeren, de veiligheid van \
leerlingen jaarlijks te monitoren en een aanspreekpunt voor pesten te hebben. Een calamiteitenprotocol hoort bij dat \
beleid.
- **Meldcode.** Bij vermoedens van huiselijk geweld of kindermishandeling werkt u met de meldcode en het afwegingskader voor het onderwijs.
- **Meldplicht bij zedendelicten door medewerkers.** Hoort een personeelslid dat een collega zich mogelijk schuldig \
maakt aan een zedendelict tegen een minderjarige leerling, dan moet hij of zij dat direct aan het bevoegd gezag melden. \
Het bevoegd gezag overlegt met de vertrouwensinspecteur (0900-111 3 111) en doet bij een redelijk vermoeden aangifte.

## De eerste uren

- Zorg voor veiligheid en eerste hulp. Bel 112 als dat nodig is.
- Roep het crisisteam bijeen: schoolleiding, zorgcoördinator, mentor en een woordvoerder.
- Controleer de feiten voordat u iets deelt. Gebruik geen geruchten.
- Informeer eerst het personeel, daarna de leerlingen in kleine groepen, en de ouders per brief of bericht.
- Wijs één woordvoerder aan voor de pers. Andere medewerkers verwijzen journalisten naar die persoon.

## Stappenplannen

- Bij het overlijden van een leerling door zelfdoding: [Nazorg bij suïcide op school](/stappenplannen/nazorg-bij-suicide-op-school/). Dit plan helpt ook bij ander plotseling overlijden.
- Voor andere situaties: bekijk alle [stappenplannen](/stappenplannen/).

## Nazorg

- Houd in de weken daarna contact met leerlingen die dicht bij het incident stonden.
- Let op leerlingen die stil worden, verzuimen of terugvallen in hun resultaten.
- Bespreek het incident na ongeveer zes weken opnieuw in het zorgteam.
- Vergeet het personeel niet. Ook mentoren en docenten hebben opvang nodig.

## Hulp van buiten

Slachtofferhulp Nederland ondersteunt scholen bij calamiteiten: met advies aan de schoolleiding, voorlichting aan ouders \
en hulp aan leerlingen en personeel. Bel 0900-0101 of de [advieslijn](/advieslijn/).`,
  },
  {
    title: 'Incident in de sport',
    slug: 'incident-in-de-sport',
    site: 'professionals',
    section: 'situatie',
    order: 4,
    summary:
      'Grensoverschrijdend gedrag, geweld of een ernstig ongeval bij uw club. Wat het bestuur, de trainer en de vertrouwenscontactpersoon doen.',
    body: `Een sportclub is voor veel leden een tweede thuis. Als daar iets ernstigs gebeurt, zoals seksuele intimidatie door een \
trainer, geweld langs de lijn of een ernstig ongeval, verwachten leden en ouders dat het bestuur snel en zorgvuldig \
handelt. Vaak zijn het vrijwilligers die dat moeten doen.

## Wie heeft welke rol?

- **Het bestuur** is verantwoordelijk voor de aanpak, de communicatie en eventuele maatregelen.
- **De vertrouwenscontactpersoon (VCP)** is het laagdrempelige aanspreekpunt voor leden. De VCP luistert, informeert over de mogelijkheden en verwijst door. De VCP doet geen onderzoek.
- **De sportbond** adviseert en kan een zaak voorleggen aan de tuchtcommissie via het Instituut Sportrechtspraak.
- **Centrum Veilige Sport Nederland** (0900-2025590) is het landelijke meldpunt en adviescentrum voor grensoverschrijdend gedrag in de sport, voor leden én voor bestuurders.

## De eerste stappen

1. Zorg voor de veiligheid van het slachtoffer. Bij direct gevaar of een strafbaar feit: bel 112 of de politie (0900-8844).
2. Luister naar de melder en leg vast wat er is verteld, in zijn of haar woorden.
3. Doe geen eigen onderzoek en confronteer de beschuldigde niet zonder advies.
4. Overleg met de bond of met Centrum Veilige Sport Nederland over de volgende stappen.
5. Neem zo nodig een ordemaatregel, zoals een tijdelijke schorsing van de beschuldigde begeleider. Dat is een voorzorgsmaatregel, geen oordeel.

## Wat leden en ouders nodig hebben

- Duidelijke, feitelijke informatie, zonder namen of details die het slachtoffer schaden.
- Een plek waar ze met vragen terechtkunnen, bijvoorbeeld een informatieavond.
- Aandacht voor teamgenoten, trainers en vrijwilligers die erbij waren.

Het volledige stappenplan, van preventie tot nazorg, vindt u hier: [Incident in de sport](/stappenplannen/incident-in-de-sport/).

## Hulp voor betrokkenen

Slachtoffers, ouders en getuigen kunnen terecht bij Slachtofferhulp Nederland (0900-0101). Gaat het om seksueel geweld \
dat minder dan een week geleden is gebeurd, dan is het Centrum Seksueel Geweld (0800-0188) de eerste plek voor medische \
zorg en sporenonderzoek. Wilt u als bestuurder eerst overleggen? Bel de [advieslijn](/advieslijn/).`,
  },
  {
    title: 'Incident op de werkvloer',
    slug: 'incident-op-de-werkvloer',
    site: 'professionals',
    section: 'situatie',
    order: 5,
    summary: 'Agressie, een overval of ongewenst gedrag tegen een medewerker. De zorgplicht van de werkgever en opvang die werkt.',
    body: `Een medewerker wordt bedreigd door een klant, een filiaal wordt overvallen of een collega meldt seksuele intimidatie. \
Als werkgever, leidinggevende of HR-professional hebt u dan een dubbele taak: de medewerker opvangen en uw zorgplicht \
als werkgever waarmaken.

## De wettelijke kaders

- **Arbowet, psychosociale arbeidsbelasting.** De werkgever moet beleid voeren om agressie en geweld, seksuele \
intimidatie, pesten en discriminatie te voorkomen en te beperken. Deze risico's horen in de risico-inventarisatie en \
-evaluatie (RI&E).
- **Melden van ernstige arbeidsongevallen.** Een ongeval met dodelijke afloop, blijvend letsel of ziekenhuisopname meldt u direct bij de Nederlandse Arbeidsinspectie.
- **Werkgeversaansprakelijkheid.** De werkgever kan aansprakelijk zijn voor schade die een medewerker tijdens het werk oploopt, als niet genoeg is gedaan om die te voorkomen.

## Direct na het incident

- Zorg voor veiligheid en medische hulp. Bel 112 bij gevaar of letsel.
- Laat de medewerker niet alleen en zorg dat hij of zij veilig thuiskomt.
- Geef praktische steun: wie belt de partner, wie regelt vervanging?
- Bied aan om mee te gaan bij de aangifte. De medewerker kan daarbij het adres van het werk opgeven in plaats van het eigen huisadres.

## De weken erna

Uit onderzoek blijkt dat een verplicht groepsgesprek direct na een schokkende gebeurtenis (debriefing) niet helpt. Beter werkt:

- Oprechte aandacht van de leidinggevende en collega's, en een luisterend oor als de medewerker wil praten.
- Praktische hulp en heldere informatie over normale reacties.
- Een vervolggesprek na vier tot zes weken. Zijn de klachten dan niet afgenomen, verwijs dan naar de bedrijfsarts of huisarts.

Het volledige stappenplan vindt u hier: [Incident op de werkvloer](/stappenplannen/incident-op-de-werkvloer/).

## Ongewenst gedrag door een collega

Gaat het om intimidatie of pesten door een collega of leidinggevende, wijs dan op de vertrouwenspersoon en de \
klachtenregeling van uw organisatie. Bescherm de melder tegen benadeling. Laat een onafhankelijke partij onderzoek doen \
als de feiten onduidelijk zijn.

## Hulp en overleg

Medewerkers kunnen zelf gratis terecht bij Slachtofferhulp Nederland (0900-0101), ook voor hulp bij aangifte en \
schadevergoeding. Wilt u als werkgever overleggen over opvang of beleid? Bel de [advieslijn](/advieslijn/).`,
  },
  {
    title: 'Ik ben zelf slachtoffer',
    slug: 'ik-ben-zelf-slachtoffer',
    site: 'professionals',
    section: 'situatie',
    order: 6,
    summary: 'U bent in uw werk bedreigd, aangevallen of lastiggevallen. Wat u kunt verwachten van uw werkgever en waar u zelf hulp vindt.',
    body: `Professionals worden in hun werk vaker slachtoffer dan vaak gedacht. Een patiënt die slaat, een ouder die dreigt, een \
cliënt die u online volgt of een onderzoek dat u persoonlijk raakt. Dat u het beroepsmatig meemaakt, maakt het niet \
minder ingrijpend.

## Neem uw eigen reacties serieus

Schrikken, slecht slapen, steeds terugdenken aan het incident of juist niets voelen: het zijn normale reacties op een \
abnormale gebeurtenis. Ze nemen bij de meeste mensen in de eerste weken af. Merkt u na vier tot zes weken nog weinig \
verbetering, neem dan contact op met de bedrijfsarts of uw huisarts.

Ook zonder één groot incident kan het werk zwaar worden. Wie steeds met verhalen van slachtoffers werkt, kan last \
krijgen van secundaire traumatisering. Bespreek dat in intervisie of supervisie en met uw leidinggevende.

## Wat uw werkgever moet doen

- Uw werkgever heeft een zorgplicht voor uw veiligheid en moet beleid voeren tegen agressie, geweld en ongewenst gedrag.
- U hoort opvang te krijgen direct na het incident en aandacht in de weken daarna.
- Bij agressie tegen werknemers met een publieke taak, zoals zorgverleners, leraren, handhavers en medewerkers in het \
openbaar vervoer, gelden landelijke afspraken tussen politie en Openbaar Ministerie. Zaken krijgen voorrang en de \
officier van justitie kan een hogere straf eisen.

## Aangifte doen

- U kunt aangifte doen met het adres van uw werk in plaats van uw huisadres. Zo komt uw privéadres niet in het dossier.
- Uw werkgever kan u helpen bij de aangifte, en in sommige gevallen zelf aangifte doen.
- U mag iemand meenemen naar de aangifte.

Meer over die afweging leest u op de pagina In gesprek over aangifte.

## Hulp voor uzelf

- **Slachtofferhulp Nederland** helpt ook professionals die slachtoffer zijn: met een gesprek, bij de aangifte, het strafproces en het verhalen van schade. Bel 0900-0101 of gebruik de chat.
- **Schadefonds Geweldsmisdrijven**: bij ernstig letsel door een geweldsmisdrijf kunt u tot tien jaar na het misdrijf een tegemoetkoming aanvragen.
- **Bedrijfsarts**: voor vragen over werk, herstel en verzuim.
- **Vertrouwenspersoon**: als het ongewenst gedrag binnen uw organisatie plaatsvindt.

## Als u gestalkt wordt door een (oud-)cliënt

Leg alle contactpogingen vast met datum en tijd, maak screenshots en reageer niet. Bespreek met uw werkgever welke maatregelen nodig zijn en doe melding of aangifte bij de politie.`,
  },
  {
    title: 'Ik wil samenwerken',
    slug: 'ik-wil-samenwerken',
    site: 'professionals',
    section: 'situatie',
    order: 7,
    summary:
      'Samenwerken met Slachtofferhulp Nederland: afspraken over doorverwijzen, samen optrekken bij calamiteiten en samen onderzoek doen.',
    body: `Slachtoffers hebben vaak met meerdere organisaties tegelijk te maken: politie, huisarts, school, gemeente, werkgever. \
Goede samenwerking voorkomt dat zij steeds opnieuw hun verhaal moeten doen of tussen wal en schip vallen.

## Vormen van samenwerking

### Afspraken over doorverwijzen
Maak met uw regionale team van Slachtofferhulp Nederland afspraken over hoe u cliënten aanmeldt en hoe u hoort dat de \
hulp is gestart. Zo weet u waar uw cliënt terechtkomt, en weet de cliënt wat hij kan verwachten.

### Samen optrekken bij calamiteiten
Gemeenten, scholen en bedrijven die vooraf afspraken maken, schakelen bij een schokkende gebeurtenis sneller de juiste \
hulp in. Denk aan een vast aanspreekpunt, een belboom en afspraken over voorlichting aan ouders of bewoners.

### Casusoverleg
In Zorg- en Veiligheidshuizen en wijkteams zit Slachtofferhulp Nederland aan tafel bij complexe casuïstiek, zodat het slachtofferperspectief een vaste plek krijgt naast de aanpak van plegers.

### Samen onderzoek doen
Wilt u onderzoeken wat slachtoffers in uw sector nodig hebben, of een nieuwe aanpak uitproberen? Slachtofferhulp \
Nederland werkt mee aan onderzoek en pilots met hogescholen, universiteiten en praktijkorganisaties.

### Kennis delen
Denk aan een presentatie in uw teamoverleg, een bijdrage aan een congres of vakblad, of informatiemateriaal voor uw wachtkamer of personeelsruimte.

## Wat het u oplevert

- Kortere lijnen en snellere hulp voor uw cliënten.
- Minder belasting voor uw eigen medewerkers, die weten waar ze terechtkunnen.
- Kennis over slachtofferrechten, het strafproces en schadevergoeding in uw organisatie.

## Hoe u begint

1. Beschrijf kort wat u wilt bereiken en met welke doelgroep u werkt.
2. Neem contact op via de [advieslijn](/advieslijn/) (zie ook de [contactpagina](/contact/)).
3. Een adviseur bespreekt met u wat past: een eenmalige afspraak, een convenant of een gezamenlijk project.

Bent u gemeente of grote werkgever en wilt u vooraf afspraken maken voor calamiteiten? Lees dan ook de pagina over ons aanbod bij calamiteiten.`,
  },
]

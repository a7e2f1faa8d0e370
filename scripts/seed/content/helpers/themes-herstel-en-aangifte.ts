/** Theme pages of the pillar "Iemand ondersteunen", part 1: recovery, responding, reporting, referral. */
import type { SeedTheme } from '../types'

export const themesHerstelEnAangifte: SeedTheme[] = [
  {
    title: 'Het herstelproces van een slachtoffer',
    slug: 'het-herstelproces-van-een-slachtoffer',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 1,
    summary:
      'Wat gebeurt er met iemand na een misdrijf of ongeval, en hoe lang duurt herstel? Zo begrijpt u beter wat uw naaste doormaakt.',
    body: `Na een misdrijf of een ernstig ongeval is niets meer vanzelfsprekend. Het gevoel van veiligheid is weg, en het \
vertrouwen in anderen kan een flinke deuk hebben opgelopen. Herstel gaat bij iedereen anders, maar er zijn patronen die \
vaak terugkomen. Als u die kent, kunt u beter inschatten wat uw naaste nodig heeft.

## De eerste dagen en weken

In de eerste periode reageren mensen vaak heel verschillend. De een is overstuur en praat er steeds over, de ander lijkt \
juist heel kalm of gaat meteen weer aan het werk. Beide reacties zijn normaal. Veel voorkomende klachten in deze fase \
zijn:

- slecht slapen, nachtmerries of steeds terugkerende beelden;
- schrikachtig zijn en snel geïrriteerd raken;
- moeite met concentreren en dingen vergeten;
- lichamelijke klachten zoals hoofdpijn, buikpijn of vermoeidheid;
- schuldgevoel of schaamte, ook als iemand niets verkeerd heeft gedaan.

Dit zijn gewone reacties op een ongewone gebeurtenis. Ze nemen bij de meeste mensen binnen een paar weken tot enkele maanden geleidelijk af.

## Herstel gaat met ups en downs

Herstel verloopt zelden in een rechte lijn. Een goede week kan zomaar worden gevolgd door een slechte dag. Momenten als \
het doen van aangifte, een brief van het Openbaar Ministerie, een rechtszaak of de datum waarop het gebeurde, kunnen \
alles weer even bovenhalen. Dat is geen terugval, maar een deel van het proces.

Wat helpt bij herstel:

- erkenning van wat er is gebeurd, door de omgeving en soms ook door politie en justitie;
- steun van mensen die er gewoon zijn, ook na maanden;
- weer grip krijgen op het dagelijks leven, met een vast ritme en praktische zaken die geregeld zijn;
- informatie over wat er gaat gebeuren, bijvoorbeeld in het strafproces.

## Wanneer is extra hulp nodig?

Soms blijven klachten hangen of worden ze juist erger. Let op deze signalen, vooral als ze na vier tot zes weken nog niet minder worden:

- iemand vermijdt steeds meer plekken, mensen of activiteiten;
- slapen, eten of werken lukt structureel niet meer;
- iemand gebruikt meer alcohol, drugs of medicijnen om het vol te houden;
- iemand praat over niet meer willen leven.

Bespreek dan samen of een bezoek aan de huisarts verstandig is. De huisarts kan doorverwijzen naar een psycholoog die \
gespecialiseerd is in traumabehandeling. Slachtofferhulp Nederland (0900-0101) biedt gratis praktische, juridische en \
emotionele ondersteuning. Maakt u zich zorgen over zelfdoding? Bel of chat dan met 113 Zelfmoordpreventie via 113 of \
gratis via 0800-0113. Is er acuut gevaar, bel dan 112.

## Wat u als helper kunt doen

U hoeft geen hulpverlener te zijn. Blijf betrokken, ook als de eerste drukte voorbij is. Vraag af en toe hoe het écht \
gaat, en accepteer dat het antwoord niet altijd positief is. Uw geduld is een van de belangrijkste dingen die u kunt \
geven.`,
  },
  {
    title: 'Reageren op wat iemand doormaakt',
    slug: 'reageren-op-wat-iemand-doormaakt',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 2,
    summary:
      'Wat zegt u tegen iemand die iets ingrijpends heeft meegemaakt? Praktische tips om te luisteren, te erkennen en niet te oordelen.',
    body: `Veel helpers zijn bang om iets verkeerds te zeggen. Daardoor zeggen ze soms helemaal niets, terwijl het slachtoffer \
juist behoefte heeft aan contact. Goed nieuws: u hoeft geen perfecte woorden te vinden. Oprechte aandacht is \
belangrijker dan de juiste zin.

## Luister meer dan u praat

Het belangrijkste wat u kunt doen, is luisteren. Laat de ander vertellen in het eigen tempo en op de eigen manier. Sommige mensen willen het verhaal vaak herhalen; dat helpt hen om het te verwerken.

- Geef uw volle aandacht: leg uw telefoon weg en zoek een rustige plek.
- Onderbreek niet en vul geen stiltes op.
- Vat af en toe samen wat u hoort: "Dus je werd van achteren vastgepakt en je kon niets doen."
- Vraag door met open vragen: "Hoe was dat voor je?" of "Wat vond je het ergst?"

## Erken wat er is gebeurd

Erkenning is voor slachtoffers enorm belangrijk. Laat merken dat u gelooft wat de ander vertelt en dat u begrijpt dat het ingrijpend is. Zinnen die helpen:

- "Wat vreselijk dat je dit is overkomen."
- "Het is logisch dat je zo reageert."
- "Ik ben blij dat je het mij vertelt."
- "Je hoeft dit niet alleen te doen."

## Wat u beter niet kunt zeggen

Met de beste bedoelingen zeggen mensen soms dingen die pijn doen. Vermijd:

- **Waarom-vragen**, zoals "Waarom liep je daar ook alleen?" Die klinken als een verwijt.
- **Vergelijken**: "Bij mijn neef was het nog veel erger." Daarmee maakt u het verhaal van de ander kleiner.
- **Snelle oplossingen**: "Je moet gewoon verhuizen." Iemand die iets ingrijpends heeft meegemaakt, wil eerst gehoord worden.
- **Relativeren**: "Het had erger gekund" of "Het is toch maar geld."
- **Eigen emoties centraal zetten**: als u zelf heel boos of verdrietig wordt, gaat het gesprek al snel over u.

## Ook non-verbaal reageert u

Uw houding zegt soms meer dan woorden. Ga naast of tegenover de ander zitten, op ooghoogte. Knik, kijk de ander aan en \
laat stiltes bestaan. Vraag of een arm om de schouder fijn is voordat u iemand aanraakt: na geweld of seksueel misbruik \
kan onverwachte aanraking heel bedreigend voelen.

## Als u het niet weet

Weet u niet wat u moet zeggen? Zeg dat dan gewoon: "Ik weet niet goed wat ik moet zeggen, maar ik ben er voor je." Dat \
is eerlijk en het werkt beter dan een goedbedoeld advies. Wilt u oefenen of twijfelt u of u het goed doet? In de online \
cursus voor helpers leert u stap voor stap hoe u kunt reageren, en via de telefoon en chat van Slachtofferhulp Nederland \
(0900-0101) kunt u uw vragen persoonlijk bespreken.`,
  },
  {
    title: 'Ondersteunen bij aangifte',
    slug: 'ondersteunen-bij-aangifte',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 3,
    summary:
      'Hoe doet iemand aangifte, wat gebeurt er daarna en hoe kunt u helpen? Alles over aangifte doen bij de politie, stap voor stap.',
    body: `Aangifte doen is een belangrijke stap. Zonder aangifte kan de politie een zaak meestal niet onderzoeken, en een \
aangifte is vaak nodig voor de verzekering of het Schadefonds Geweldsmisdrijven. Toch vinden veel slachtoffers het \
moeilijk. Het is hun beslissing, maar u kunt helpen om die beslissing goed te nemen.

## Zo doet iemand aangifte

- **Bij acuut gevaar of een misdrijf dat nog bezig is:** bel 112.
- **Een afspraak maken:** bel de politie op 0900-8844. Aangifte doen op het bureau gaat op afspraak.
- **Online:** voor een aantal delicten, zoals woninginbraak zonder bekende dader, fietsendiefstal en internetoplichting, kan aangifte via politie.nl. Daarvoor is DigiD nodig.
- **Aan huis:** als iemand door letsel of omstandigheden niet naar het bureau kan, kan de politie soms langskomen. Vraag ernaar bij het maken van de afspraak.

Bij zedenmisdrijven zoals verkrachting of aanranding volgt eerst een informatief gesprek met de zedenpolitie. Daarin hoort het slachtoffer wat een aangifte inhoudt, en krijgt het bedenktijd.

## Hoe u kunt helpen

- **Bespreek de twijfels.** Veel mensen zien op tegen het verhaal opnieuw vertellen, of zijn bang voor de dader. Luister naar die zorgen zonder druk te zetten.
- **Help met voorbereiden.** Schrijf samen op wat er is gebeurd: datum, tijd, plaats, signalement van de dader, namen \
van getuigen. Verzamel bewijs zoals foto's van letsel of schade, berichten en bonnetjes.
- **Ga mee.** Een slachtoffer mag iemand meenemen naar de aangifte als vertrouwenspersoon. Vraag van tevoren wat de ander van u verwacht: alleen aanwezig zijn, of ook aantekeningen maken.
- **Let op de praktische kant.** Neem een geldig identiteitsbewijs mee en plan genoeg tijd: een aangifte kan een paar uur duren.

## Na de aangifte

Het slachtoffer krijgt een kopie van de aangifte of een bewijs daarvan. Bewaar die goed: verzekeraars en het Schadefonds \
vragen erom. Vraag ook naar het registratienummer van de zaak. Met toestemming geeft de politie de gegevens door aan \
Slachtofferhulp Nederland, die daarna contact opneemt.

Het kan lang duren voordat er nieuws is, en soms wordt de zaak niet opgelost. Dat is teleurstellend. Laat weten dat de \
aangifte toch zinvol was: de informatie helpt de politie, en de aangifte is nodig voor verzekering en schadevergoeding.

## Als iemand geen aangifte wil doen

Dat is een keuze die u moet respecteren. Aangifte doen kan bij de meeste misdrijven ook later nog. Wil iemand wel iets \
melden maar anoniem blijven? Dan kan dat via Meld Misdaad Anoniem (0800-7000), een onafhankelijke stichting die geen \
onderdeel is van de politie. Wie twijfelt, kan gratis advies vragen bij Slachtofferhulp Nederland (0900-0101) of het \
Juridisch Loket (0900-8020; het advies is gratis, bellen kost € 0,25 per minuut).`,
  },
  {
    title: 'Passende hulp regelen',
    slug: 'passende-hulp-regelen',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 4,
    summary: 'Welke organisatie helpt bij wat? Een overzicht van hulplijnen en instanties, zodat u samen de juiste hulp vindt.',
    body: `U kunt veel doen als helper, maar niet alles. Soms is professionele hulp nodig: juridisch advies, medische zorg of \
begeleiding bij verwerking. Het is niet altijd duidelijk welke organisatie waarvoor is. Dit overzicht helpt u op weg.

## Bij acuut gevaar

- **112** bij direct gevaar, ernstig letsel of een misdrijf dat nog bezig is.
- **113 Zelfmoordpreventie**: bel 113 of gratis 0800-0113, of chat via 113.nl. Dag en nacht bereikbaar, ook voor naasten die zich zorgen maken.

## Hulp na een misdrijf of ongeval

- **Slachtofferhulp Nederland** (0900-0101): gratis praktische, juridische en emotionele ondersteuning voor slachtoffers, nabestaanden en getuigen. Ook u als helper kunt er terecht met vragen.
- **Politie** (0900-8844 of politie.nl): aangifte doen en informatie over het onderzoek.
- **Juridisch Loket** (0900-8020; het advies is gratis, bellen kost € 0,25 per minuut): juridisch advies, bijvoorbeeld over schade, huur of werk.

## Hulp bij specifieke situaties

- **Veilig Thuis** (0800-2000): advies en meldingen bij huiselijk geweld en kindermishandeling, dag en nacht, gratis. Ook anoniem advies vragen kan.
- **Centrum Seksueel Geweld** (0800-0188): acute hulp na verkrachting of aanranding, met medische, forensische en \
psychische zorg onder één dak. Dag en nacht bereikbaar; het liefst binnen zeven dagen na het misbruik.
- **Fraudehelpdesk** (088-7867372): advies bij oplichting, phishing en identiteitsfraude.
- **Helpwanted** (helpwanted.nl): hulp bij online seksueel misbruik, zoals het verspreiden van naaktbeelden of sextortion.
- **Schadefonds Geweldsmisdrijven** (schadefonds.nl): een eenmalige uitkering voor slachtoffers van geweld met ernstig letsel en voor nabestaanden.

## Hoe u samen de juiste hulp vindt

- **Vraag wat de ander wil.** Niet iedereen wil meteen professionele hulp. Wijs de weg, maar laat de keuze bij de ander.
- **Bel samen.** Een eerste telefoontje is een drempel. Bied aan om naast de ander te zitten, of om zelf het gesprek te beginnen en dan de telefoon door te geven.
- **Schrijf het op.** Houd een lijstje bij met namen, nummers, data en afspraken. In een emotionele periode vergeet iedereen dingen.
- **Begin bij de huisarts** bij lichamelijke of psychische klachten die niet overgaan. De huisarts of praktijkondersteuner ggz kan doorverwijzen naar een psycholoog.

## Twijfelt u?

Gebruik de doorverwijstool op deze site: aan de hand van een paar vragen ziet u welke organisatie bij de situatie past. \
Of bel Slachtofferhulp Nederland op 0900-0101 voor persoonlijk advies. Dat kan ook anoniem.`,
  },
  {
    title: 'Ondersteunen bij het strafproces',
    slug: 'ondersteunen-bij-strafproces',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 5,
    summary:
      'Van aangifte tot uitspraak: hoe verloopt een strafzaak, welke rol heeft het slachtoffer en hoe kunt u als helper ondersteunen?',
    body: `Als er een verdachte is, kan het Openbaar Ministerie (OM) besluiten om de zaak aan de rechter voor te leggen. Een \
strafproces kan maanden, soms jaren duren. Voor een slachtoffer is dat vaak een zware periode: steeds weer wordt het \
verleden opgerakeld. Uw steun maakt daarin echt verschil.

## Zo verloopt een strafzaak

1. **Aangifte en opsporing.** De politie onderzoekt de zaak, hoort getuigen en zoekt een verdachte.
2. **Beslissing van het OM.** De officier van justitie beslist of de zaak naar de rechter gaat, wordt afgedaan met een \
strafbeschikking, of wordt geseponeerd (niet vervolgd). Is het slachtoffer het niet eens met een sepot, dan kan het \
binnen drie maanden nadat het van het besluit hoorde een klacht indienen bij het gerechtshof (een artikel 12-procedure).
3. **De zitting.** De rechter behandelt de zaak in een openbare zitting. Het slachtoffer mag erbij zijn, maar hoeft niet.
4. **De uitspraak.** Meestal twee weken na de zitting, soms direct. Verdachte en OM kunnen in hoger beroep gaan.

## De rol van het slachtoffer

Een slachtoffer is geen partij in het strafproces zoals de verdachte, maar heeft wel rechten. Het kan:

- zich laten informeren over de zaak via het Slachtofferloket;
- het dossier inzien;
- zich voegen als benadeelde partij om schadevergoeding te vragen;
- gebruikmaken van het spreekrecht bij ernstige misdrijven, of een schriftelijke slachtofferverklaring indienen;
- zich laten bijstaan door een advocaat. Bij ernstige gewelds- en zedenmisdrijven is die gratis.

## Hoe u kunt helpen

- **Help bij het bijhouden van de post.** Brieven van het OM en de rechtbank zijn vaak lastig. Lees ze samen en noteer termijnen.
- **Bereid de zitting samen voor.** Zoek op waar de rechtbank is en hoe laat u er moet zijn. Sommige rechtbanken hebben een aparte wachtruimte voor slachtoffers; vraag ernaar via het Slachtofferloket.
- **Ga mee naar de zitting.** Ga naast het slachtoffer zitten en spreek van tevoren af wat u doet als het te veel wordt, bijvoorbeeld even samen naar buiten gaan.
- **Help bij de spreektekst.** Als de ander wil spreken, kunt u meedenken en de tekst laten voorlezen aan u als oefening. Het slachtoffer kan ook iemand anders de verklaring laten voorlezen.
- **Wees er na de uitspraak.** Een uitspraak valt vaak anders uit dan gehoopt. Teleurstelling en boosheid zijn normaal.

## Hulp bij het strafproces

Slachtofferhulp Nederland (0900-0101) kan een juridisch medewerker inzetten die het slachtoffer door het hele proces \
begeleidt, ook bij de zitting. Voor juridisch advies is het Juridisch Loket er (0900-8020; het advies is gratis, bellen \
kost € 0,25 per minuut).`,
  },
]

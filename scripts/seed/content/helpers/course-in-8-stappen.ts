/** Basic module of the helpers' course: one lesson per step of "In 8 stappen beter helpen". */
import type { SeedCourse } from '../types'

type SeedCourseModule = SeedCourse['modules'][number]

export const moduleIn8Stappen: SeedCourseModule = {
  title: 'In 8 stappen beter helpen',
  slug: 'in-8-stappen-beter-helpen',
  site: 'helpers',
  summary: 'De basis van goed helpen in acht korte stappen: van er zijn en luisteren tot doorverwijzen en zorgen voor uzelf.',
  order: 1,
  level: 'basis',
  durationMinutes: 45,
  lessons: [
    {
      title: 'Stap 1: Laat merken dat u er bent',
      body: `Na een misdrijf of ongeval voelen veel slachtoffers zich alleen. Mensen in hun omgeving weten niet wat ze moeten \
zeggen, en houden daarom afstand. De eerste stap is dus eenvoudig, maar belangrijk: laat merken dat u er bent.

Dat kan op veel manieren:

- een telefoontje of een appje: "Ik hoorde wat er is gebeurd. Ik denk aan je.";
- even langsgaan, met iets te eten of een bos bloemen;
- een kaartje, als u de ander minder goed kent.

U hoeft niet meteen te weten wat u moet zeggen. "Ik weet niet goed wat ik moet zeggen, maar ik wil er voor je zijn" is eerlijk, en het is genoeg.

Dring niet aan als de ander (nog) niet wil praten. Zeg dat u later nog eens belt, en doe dat dan ook. Veel slachtoffers \
vertellen dat juist het contact na een paar weken, als de eerste drukte voorbij is, het meest betekende.

**Reflectievraag:** Hoe heeft u tot nu toe laten merken dat u er bent, en wat zou u deze week nog kunnen doen?`,
    },
    {
      title: 'Stap 2: Luister zonder oordeel',
      body: `Wie iets ingrijpends heeft meegemaakt, wil vaak vooral gehoord worden. Luisteren klinkt eenvoudig, maar is het niet. We \
willen snel geruststellen, advies geven of vertellen wat wij zelf hebben meegemaakt.

Oordeelloos luisteren betekent:

- **de ander laten vertellen**, in het eigen tempo en de eigen volgorde;
- **niet onderbreken**, ook niet als u iets wilt vragen;
- **stiltes laten bestaan**: vaak komt na een stilte het belangrijkste;
- **geen waarom-vragen** stellen, want die klinken al snel als een verwijt;
- **niet vergelijken** met wat u of een ander heeft meegemaakt.

Merkt u dat u een oordeel heeft, bijvoorbeeld "daar had ze toch niet alleen moeten lopen"? Dat is menselijk. Het gaat \
erom dat u het opmerkt en het niet uitspreekt. De verantwoordelijkheid ligt altijd bij de dader.

Wilt u weten hoe oordeelloos u luistert? Op deze site vindt u de test op oordeelloos luisteren.

**Reflectievraag:** Bij welk soort verhaal merkt u dat u het moeilijk vindt om uw oordeel uit te zetten?`,
    },
    {
      title: 'Stap 3: Erken wat er is gebeurd',
      body: `Erkenning is voor slachtoffers een van de belangrijkste dingen in hun herstel. Onderzoek laat zien dat begrip van de \
omgeving voor gevoelens, gedachten en gedrag ervoor kan zorgen dat er minder psychische klachten ontstaan.

Erkennen betekent dat u laat merken dat u de ander gelooft, en dat u begrijpt dat wat er is gebeurd ingrijpend is. Bijvoorbeeld:

- "Wat vreselijk dat je dit is overkomen."
- "Het is logisch dat je je zo voelt."
- "Dat was niet jouw schuld."

Erkenning gaat ook over de reacties van de ander. Slecht slapen, schrikken, boos zijn of juist niets voelen: het zijn gewone reacties op een ongewone gebeurtenis. Zeg dat ook.

Pas op met relativeren. "Het had erger gekund" of "Het zijn maar spullen" is vaak bedoeld als troost, maar het maakt de \
ervaring van de ander kleiner. Bij een inbraak gaat het niet om de spullen, maar om het gevoel van veiligheid.

**Reflectievraag:** Welke zin gebruikt u vaak om te troosten, en zou die door de ander als relativeren kunnen worden opgevat?`,
    },
    {
      title: 'Stap 4: Vraag wat de ander nodig heeft',
      body: `Als helper wilt u graag iets doen. Maar wat u denkt dat de ander nodig heeft, is niet altijd wat de ander zelf wil. De \
een wil praten, de ander wil juist afleiding. De een wil dat u alles regelt, de ander wil zelf de regie houden.

Vraag het daarom gewoon:

- "Wat zou je nu helpen?"
- "Wil je erover praten, of liever even niet?"
- "Zal ik iets voor je regelen, of wil je dat zelf doen?"

Maak uw aanbod concreet. "Laat maar weten als ik iets kan doen" klinkt aardig, maar de ander zal het zelden vragen. \
Beter is: "Zal ik morgen boodschappen voor je doen?" of "Ik kan donderdag mee naar de politie. Wil je dat?"

Houd er rekening mee dat behoeften veranderen. Wat in de eerste week hielp, is een maand later misschien niet meer nodig. Vraag het dus vaker dan één keer.

En accepteer een nee. Dat is geen afwijzing van u, maar een keuze van de ander. Door die keuze te respecteren, helpt u de ander om weer grip te krijgen op het eigen leven.

**Reflectievraag:** Heeft u de ander al eens rechtstreeks gevraagd wat hij of zij nodig heeft? Wat was het antwoord?`,
    },
    {
      title: 'Stap 5: Help met praktische zaken',
      body: `Na een misdrijf of ongeval komt er veel op iemand af: aangifte, verzekeraars, formulieren, afspraken met artsen. Voor \
iemand die net iets ingrijpends heeft meegemaakt, is dat vaak te veel. Concentreren lukt slecht, en dingen worden \
vergeten.

Hier kunt u als helper veel betekenen. Denk aan:

- **passen en telefoon blokkeren** na een beroving of inbraak;
- **meegaan naar de aangifte**, afspraak via 0900-8844;
- **samen de verzekeraar bellen**, met de telefoon op de speaker;
- **een map bijhouden** met de aangifte, brieven, bonnetjes en foto's;
- **boodschappen, vervoer of oppas** regelen.

Doe het zo veel mogelijk sámen. Als u alles overneemt, kan de ander zich nog machtelozer voelen. Laat de ander beslissen en ondertekenen, en neem het werk uit handen dat veel energie kost.

Bekijk ook de checklist die bij de situatie past. Daarin staat per delict wat er geregeld moet worden, zoals de Fraudehelpdesk bij oplichting of het Centrum Seksueel Geweld na seksueel geweld.

**Reflectievraag:** Welke praktische taak kost de persoon die u helpt nu de meeste energie, en kunt u daarbij helpen?`,
    },
    {
      title: 'Stap 6: Ken de weg naar hulp',
      body: `U hoeft niet alles zelf te doen. Een goede helper weet wanneer professionele hulp nodig is, en waar die te vinden is.

De belangrijkste adressen:

- **112** bij acuut gevaar;
- **Slachtofferhulp Nederland** (0900-0101): gratis praktische, juridische en emotionele hulp, ook voor u als helper;
- **113 Zelfmoordpreventie** (113 of gratis 0800-0113) bij gedachten aan zelfdoding, dag en nacht;
- **Veilig Thuis** (0800-2000) bij huiselijk geweld en kindermishandeling;
- **Centrum Seksueel Geweld** (0800-0188) na verkrachting of aanranding;
- **Fraudehelpdesk** (088-7867372) bij oplichting;
- **Helpwanted** bij online seksueel misbruik;
- **Juridisch Loket** (0900-8020; het advies is gratis, bellen kost € 0,25 per minuut) voor juridisch advies;
- **de huisarts** bij klachten die niet overgaan.

Doorverwijzen werkt het best als u het samen doet. Zoek het nummer op, bied aan naast de ander te zitten bij het eerste \
telefoontje, of begin zelf het gesprek. En leg uit waarom u het voorstelt: "Ik merk dat je al weken slecht slaapt. Ik \
denk dat het goed is als je daar met iemand over praat die er verstand van heeft."

Twijfelt u welke organisatie past? Gebruik de doorverwijstool op deze site.

**Reflectievraag:** Welke van deze organisaties past bij de situatie van de persoon die u helpt, en heeft hij of zij daar al contact mee?`,
    },
    {
      title: 'Stap 7: Houd vol, herstel kost tijd',
      body: `De meeste steun komt in de eerste weken. Daarna wordt het stil: iedereen gaat weer verder met het eigen leven. Maar \
voor het slachtoffer is het dan vaak nog lang niet voorbij. Herstel kost maanden, soms jaren, en gaat met ups en downs.

Sommige momenten kunnen alles weer bovenhalen:

- een brief van het Openbaar Ministerie of een zitting;
- de datum waarop het gebeurde;
- een plek, geur of geluid dat aan de gebeurtenis doet denken;
- het nieuws, als er iets vergelijkbaars gebeurt.

Dat is geen terugval, maar een deel van het proces. Zet belangrijke data in uw agenda en laat op die dagen van u horen.

Let ook op signalen dat het niet goed gaat. Worden slapeloosheid, angst of somberheid na vier tot zes weken niet minder, \
of trekt de ander zich steeds verder terug? Bespreek dan samen of een bezoek aan de huisarts verstandig is.

Geduld is een van de belangrijkste dingen die u kunt geven. Verwacht niet dat de ander na een paar weken "er wel overheen" is.

**Reflectievraag:** Welke momenten in de komende maanden kunnen voor de ander zwaar zijn, en hoe kunt u dan laten merken dat u er bent?`,
    },
    {
      title: 'Stap 8: Zorg ook voor uzelf',
      body: `Helpen kost energie. Veel helpers merken pas laat dat ze zelf uitgeput raken. Ze slapen slecht, piekeren veel en hebben \
geen tijd meer voor dingen die ze zelf belangrijk vinden. Toch kunt u pas goed helpen als u zelf overeind blijft.

Een paar vuistregels:

- **Ken uw grenzen** en zeg ze hardop: "Na tien uur 's avonds neem ik niet meer op, behalve in een noodgeval."
- **Verdeel de steun.** Vraag anderen om taken over te nemen, of start een steungroep.
- **Houd uw eigen ritme** vast: slaap, beweging en tijd voor uzelf.
- **Praat er zelf over** met iemand die u vertrouwt, zonder te vertellen wat de ander u in vertrouwen heeft verteld.
- **Vraag hulp als het nodig is.** Ook helpers kunnen terecht bij Slachtofferhulp Nederland (0900-0101) of de huisarts.

Voelt u zich schuldig als u even niet beschikbaar bent? Bedenk dan dat een helper die opgebrand is, helemaal niet meer kan helpen. Goed voor uzelf zorgen is goed voor de ander.

Met de zelfscan tijdsbesteding ziet u hoeveel tijd het helpen u nu kost, en of dat in balans is.

**Reflectievraag:** Wat doet u deze week voor uzelf, los van het helpen?`,
    },
  ],
}

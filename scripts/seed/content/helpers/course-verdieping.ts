/** The two in-depth modules of the helpers' course: communicating, and simply being there. */
import type { SeedCourse } from '../types'

type SeedCourseModule = SeedCourse['modules'][number]

export const moduleCommuniceren: SeedCourseModule = {
  title: 'Communiceren met een slachtoffer',
  slug: 'communiceren-met-een-slachtoffer',
  site: 'helpers',
  summary: 'Hoe voert u een gesprek over iets wat pijn doet? Over luisteren, open vragen, emoties, stiltes en wat u beter niet zegt.',
  order: 2,
  level: 'verdiepend',
  durationMinutes: 45,
  lessons: [
    {
      title: 'Luisteren met aandacht',
      body: `In de basismodule leerde u dat luisteren belangrijker is dan praten. In deze les gaan we een stap verder: hoe laat u merken dat u écht luistert?

Dat heet actief luisteren. U doet dat met:

- **uw houding:** naar de ander toe gedraaid, op ooghoogte, telefoon weg;
- **kleine aanmoedigingen:** knikken, "hm-hm", "ga door";
- **samenvatten:** "Dus je kwam thuis en de deur stond open, en toen durfde je niet naar binnen.";
- **gevoelens benoemen:** "Dat klinkt alsof je heel erg bent geschrokken."

Samenvatten lijkt misschien overbodig, maar het heeft twee voordelen. De ander merkt dat u het begrijpt, en als u iets verkeerd heeft begrepen, kan de ander het verbeteren.

Let op dat u niet gaat invullen. "Je zult wel heel boos zijn" legt een gevoel in de mond van de ander. Beter is: "Wat voel je als je eraan terugdenkt?"

Kies ook een goed moment en een rustige plek. Een gesprek over iets ingrijpends gaat slecht tussen de bedrijven door, of met anderen erbij.

**Reflectievraag:** Denk aan uw laatste gesprek met de persoon die u helpt: heeft u samengevat wat u hoorde, of vooral zelf gereageerd?`,
    },
    {
      title: 'Open vragen stellen',
      body: `Met de juiste vragen helpt u de ander om het verhaal te vertellen. Met de verkeerde vragen sluit het gesprek zich juist af.

**Gesloten vragen** zijn te beantwoorden met ja of nee: "Was je bang?" Ze zijn handig om iets te controleren, maar het gesprek stopt er snel door.

**Open vragen** nodigen uit om te vertellen:

- "Hoe was dat voor je?"
- "Wat gebeurde er daarna?"
- "Wat vond je het moeilijkst?"
- "Wat heb je nodig de komende tijd?"

Wees voorzichtig met **waarom-vragen**. "Waarom heb je geen hulp geroepen?" is open, maar klinkt als een verwijt. Het \
slachtoffer gaat zich verdedigen, en voelt zich schuldig. Vraag liever naar wat er gebeurde dan naar waarom.

Vraag ook niet door naar details die de ander niet uit zichzelf vertelt. U bent geen rechercheur. Sommige details zijn te pijnlijk, en de ander bepaalt wat er gedeeld wordt.

Tot slot: stel één vraag tegelijk, en wacht het antwoord af. Meerdere vragen achter elkaar voelen als een verhoor.

**Reflectievraag:** Welke vraag stelt u vaak die eigenlijk een waarom-vraag is, en hoe zou u die open en zonder verwijt kunnen stellen?`,
    },
    {
      title: 'Wat u beter niet kunt zeggen',
      body: `Bijna iedereen zegt weleens iets wat verkeerd valt, met de beste bedoelingen. Door de valkuilen te kennen, kunt u ze vaker vermijden.

**Relativeren:** "Het had erger gekund." Het is vaak bedoeld als troost, maar het voelt alsof het verdriet niet mag.

**Vergelijken:** "Mijn buurvrouw is ook beroofd, en die was het na een week vergeten." Ieder reageert anders. Vergelijken maakt het verhaal van de ander kleiner.

**Snelle oplossingen:** "Je moet gewoon verhuizen" of "Ga maar op zelfverdediging." Het slachtoffer wil eerst gehoord worden, niet gerepareerd.

**Victim blaming:** "Je had ook niet..." Elke zin die zo begint, legt de schuld bij het slachtoffer.

**Druk zetten:** "Je móet aangifte doen." Het is een keuze van de ander. U kunt informatie geven en uw mening vertellen, maar de beslissing ligt bij het slachtoffer.

**Uw eigen emoties centraal:** "Ik word hier zo kwaad van, ik ga die gast zelf opzoeken." Uw boosheid is begrijpelijk, maar nu moet de ander zich ook nog zorgen om u maken.

Heeft u toch iets gezegd wat verkeerd viel? Benoem het: "Dat kwam verkeerd uit, sorry. Ik bedoelde dat ik me zorgen om je maak." Dat herstelt veel.

**Reflectievraag:** Welke van deze valkuilen herkent u bij uzelf, en wat zou u de volgende keer in plaats daarvan zeggen?`,
    },
    {
      title: 'Omgaan met emoties en stilte',
      body: `Gesprekken over een ingrijpende gebeurtenis gaan gepaard met emoties: verdriet, angst, boosheid, soms ook helemaal niets. Voor helpers is dat vaak het moeilijkste deel.

**Huilen.** Laat het gebeuren. U hoeft de tranen niet te stoppen. Bied een zakdoek aan en blijf rustig zitten. Zeggen "Het is goed, laat het maar komen" helpt vaak meer dan "Niet huilen".

**Boosheid.** Slachtoffers zijn vaak boos: op de dader, op de politie, soms ook op u. Neem die boosheid niet \
persoonlijk, maar benoem het: "Ik merk dat je heel boos bent. Dat snap ik." Wordt de boosheid bedreigend voor u? Dan mag \
u het gesprek rustig stoppen.

**Geen emotie.** Sommige mensen vertellen heel vlak wat er is gebeurd, alsof het over iemand anders gaat. Dat is een normale beschermingsreactie. Trek er geen conclusies uit.

**Stilte.** Veel mensen vinden stilte ongemakkelijk en vullen die snel op. Toch denkt de ander in een stilte vaak na, of \
verzamelt moed om iets moeilijks te vertellen. Tel in gedachten tot tien voordat u iets zegt.

En uzelf? Het is goed als u geraakt wordt. Maar als uw eigen emoties de overhand krijgen, neem dan even pauze en praat er later met iemand anders over.

**Reflectievraag:** Welke emotie van de ander vindt u het moeilijkst om bij te blijven, en wat heeft u nodig om dat wel te kunnen?`,
    },
    {
      title: 'Lastige onderwerpen bespreken',
      body: `Soms moet u iets aankaarten wat de ander liever niet hoort. Bijvoorbeeld dat u zich zorgen maakt, dat professionele hulp misschien nodig is, of dat u zelf aan uw grens zit.

Zo pakt u dat aan:

1. **Kies een rustig moment,** niet midden in een emotioneel gesprek of laat op de avond.
2. **Begin bij wat u ziet:** "Ik merk dat je al weken niet meer buiten komt."
3. **Vertel wat het met u doet:** "Ik maak me daar zorgen over."
4. **Stel een vraag in plaats van een oplossing:** "Hoe kijk jij daar zelf tegenaan?"
5. **Bied een concrete stap aan:** "Zal ik samen met je de huisarts bellen?"

Maakt u zich zorgen dat de ander aan zelfdoding denkt? Vraag het dan rechtstreeks: "Denk je erover om een eind aan je \
leven te maken?" Die vraag brengt iemand niet op het idee; het geeft juist ruimte om erover te praten. Bel bij zorgen \
samen met 113 of gratis 0800-0113, dag en nacht. Bij acuut gevaar belt u 112.

Het gesprek hoeft niet in één keer af te zijn. Soms moet een boodschap even landen. Kom er een paar dagen later op terug.

**Reflectievraag:** Welk onderwerp durft u nu nog niet aan te kaarten, en wat zou de eerste zin kunnen zijn?`,
    },
  ],
}

export const moduleErZijn: SeedCourseModule = {
  title: 'Helpen door er gewoon te zijn',
  slug: 'helpen-door-er-gewoon-te-zijn',
  site: 'helpers',
  summary: 'Soms kunt u niets oplossen. Deze module laat zien waarom aanwezig zijn toch veel betekent, en hoe u dat volhoudt.',
  order: 3,
  level: 'verdiepend',
  durationMinutes: 30,
  lessons: [
    {
      title: 'Waarom er zijn genoeg is',
      body: `Veel helpers worstelen met een gevoel van machteloosheid. Ze kunnen niet terugdraaien wat er is gebeurd, de dader niet straffen en de pijn niet wegnemen. "Wat heb ik eigenlijk te bieden?"

Het antwoord is: meer dan u denkt. Ruim 80 procent van de mensen vindt dat slachtoffers vooral steun nodig hebben van \
hun directe omgeving: familie en vrienden. Slachtoffers vertellen hun verhaal ook vaak als eerste, of alleen, aan een \
naaste.

Er zijn betekent:

- **beschikbaar zijn**, ook als er niets te regelen valt;
- **aanwezig blijven**, ook als de ander stil is of boos;
- **het gewone leven delen**: samen eten, wandelen, een serie kijken;
- **niet weglopen** van het verdriet of de angst van de ander.

Uw aanwezigheid zegt zonder woorden: "Je bent niet alleen, en je bent nog steeds dezelfde voor mij." Dat is precies wat \
slachtoffers na een misdrijf vaak missen: het gevoel dat de wereld nog te vertrouwen is.

U hoeft dus geen hulpverlener te zijn. Voor de professionele kant zijn er anderen, zoals Slachtofferhulp Nederland (0900-0101). Uw kracht is dat u de ander al kent, en dat u er blijft.

**Reflectievraag:** Wanneer voelde u zich machteloos bij het helpen, en wat deed u op dat moment?`,
    },
    {
      title: 'Kleine gebaren, grote betekenis',
      body: `Er zijn hoeft niet groots te zijn. Juist kleine, gewone gebaren maken vaak het verschil. Slachtoffers noemen achteraf \
zelden de grote acties, maar wel de kleine dingen die lieten zien dat iemand aan hen dacht.

Voorbeelden van helpers:

- elke ochtend een appje: "Goedemorgen, ik denk aan je";
- een pan soep op de stoep zetten, zonder dat de ander open hoeft te doen;
- samen de hond uitlaten, zodat de ander niet alleen over straat hoeft;
- een kaartje op de dag van de rechtszaak;
- meegaan naar de supermarkt waar de overval was, de eerste keer dat de ander er weer heen wil.

Let op wat bij de ander past. Iemand die behoefte heeft aan rust, wil misschien geen bezoek, maar wel een berichtje. Iemand die zich eenzaam voelt, heeft meer aan een vaste wandeling op zaterdag.

Kleine gebaren zijn ook goed vol te houden. Ze kosten u weinig tijd en energie, en u kunt ze maanden achter elkaar \
blijven doen. Dat is belangrijk, want herstel duurt vaak langer dan de aandacht van de omgeving.

**Reflectievraag:** Welk klein gebaar zou de persoon die u helpt waarderen, en wanneer gaat u dat doen?`,
    },
    {
      title: 'Er zijn op de lange termijn',
      body: `Na een paar weken neemt de steun van de omgeving meestal af. Voor het slachtoffer begint dan vaak de zwaarste periode: \
de schrik is voorbij, en de werkelijkheid dringt door. Juist dan is het belangrijk dat er nog iemand is.

Zo houdt u het vol:

- **Maak er een gewoonte van.** Een vast belmoment of een wekelijkse afspraak kost minder energie dan steeds opnieuw bedenken wat u kunt doen.
- **Zet belangrijke data in uw agenda:** de datum van het misdrijf, de zitting, een verjaardag van een overledene.
- **Deel de steun.** Spreek met anderen af wie wanneer contact opneemt. Met een steungroep rust het niet op één persoon.
- **Wees eerlijk over wat u kunt.** Liever een kleine belofte die u nakomt dan een grote die u niet waarmaakt.
- **Zorg voor uzelf.** Plan tijd voor rust en voor dingen die u energie geven.

Soms verandert de relatie door wat er is gebeurd. De ander is misschien stiller, angstiger of sneller boos. Geef dat tijd. Veel relaties vinden een nieuw evenwicht.

En weet dat u er niet alleen voor staat. Heeft u vragen of loopt u vast, bel dan met Slachtofferhulp Nederland (0900-0101). Ook helpers kunnen daar terecht.

**Reflectievraag:** Hoe wilt u over drie maanden nog steeds voor de ander klaarstaan, en wat heeft u daarvoor nodig?`,
    },
  ],
}

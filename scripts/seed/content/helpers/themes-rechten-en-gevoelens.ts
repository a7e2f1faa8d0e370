/** Theme pages of the pillar "Iemand ondersteunen", part 2: compensation, shame, blame, children, rights. */
import type { SeedTheme } from '../types'

export const themesRechtenEnGevoelens: SeedTheme[] = [
  {
    title: 'Ondersteunen bij schadevergoeding',
    slug: 'ondersteunen-bij-schadevergoeding',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 6,
    summary: 'Verzekering, strafzaak, CJIB of Schadefonds Geweldsmisdrijven: zo helpt u iemand de schade vergoed te krijgen.',
    body: `Een misdrijf of ongeval kost vaak geld: een kapotte deur, gestolen spullen, medische kosten, minder inkomen. Daarnaast \
is er immateriële schade, zoals pijn en verdriet. Schade vergoed krijgen is voor veel slachtoffers ook een vorm van \
erkenning. Het regelen is wel veel papierwerk, en daar kunt u goed bij helpen.

## Begin met een overzicht

Maak samen een lijst van alle schade. Bewaar bij elke post een bewijs:

- bonnetjes, facturen en offertes voor reparaties of vervanging;
- foto's van schade en letsel;
- rekeningen van zorg, zoals eigen risico, fysiotherapie of een psycholoog;
- reiskosten naar ziekenhuis, politie of rechtbank;
- loonstroken als iemand minder heeft kunnen werken.

## Vier wegen naar vergoeding

**1. De eigen verzekering.** Denk aan de inboedel-, opstal-, zorg-, reis- of autoverzekering. Meld de schade snel; de \
verzekeraar vraagt meestal om een kopie van de aangifte. Heeft iemand een rechtsbijstandverzekering, dan kan die helpen \
de schade op de dader te verhalen.

**2. Via de strafzaak.** Als er een verdachte is, kan het slachtoffer zich voegen als benadeelde partij. Dat gaat met \
een formulier van het Openbaar Ministerie, dat het slachtoffer na de aangifte krijgt. Slachtofferhulp Nederland \
(0900-0101) helpt gratis bij het invullen. Wijst de rechter de schadevergoeding toe, dan legt hij vaak ook een \
schadevergoedingsmaatregel op. Het Centraal Justitieel Incassobureau (CJIB) int het geld dan bij de dader en betaalt het \
uit aan het slachtoffer. Heeft de dader na acht maanden nog niet volledig betaald, dan kan het CJIB een voorschot \
uitkeren: bij gewelds- en zedenmisdrijven het hele bedrag, bij andere misdrijven tot een maximumbedrag.

**3. Het Schadefonds Geweldsmisdrijven.** Wie door een geweldsmisdrijf ernstig lichamelijk of psychisch letsel heeft, \
kan een eenmalige uitkering aanvragen. Ook nabestaanden kunnen dat. Het maakt niet uit of de dader bekend is of \
veroordeeld wordt. De aanvraag is gratis en kan in principe tot tien jaar na het misdrijf via schadefonds.nl.

**4. Een civiele procedure.** Is er geen strafzaak, of is de schade te ingewikkeld voor de strafrechter, dan kan het \
slachtoffer via een advocaat een civiele zaak beginnen. Het Juridisch Loket (0900-8020; het advies is gratis, bellen \
kost € 0,25 per minuut) geeft advies over de mogelijkheden.

## Hoe u kunt helpen

- Houd samen een map bij, op papier of digitaal, met alle bewijzen en brieven.
- Let op termijnen: stuur het formulier om te voegen het liefst vóór de zitting op. Op de zitting zelf kan het nog tot de officier van justitie zijn eis heeft uitgesproken.
- Bied aan formulieren in te vullen terwijl de ander erbij zit. Laat de ander zelf beslissen en ondertekenen.
- Houd verwachtingen realistisch. Niet alle schade wordt altijd vergoed en het kan lang duren.

Bij een verkeersongeval met een onbekende of onverzekerde veroorzaker kan het Waarborgfonds Motorverkeer de schade vergoeden.`,
  },
  {
    title: 'Helpen bij schuld en schaamte',
    slug: 'helpen-bij-schuld-en-schaamte',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 7,
    summary:
      'Veel slachtoffers voelen zich schuldig of schamen zich. Lees waarom dat zo is en hoe u iemand kunt helpen die last te verlichten.',
    delicts: ['fraude', 'seksueel-misbruik', 'online-seksuele-intimidatie', 'overval-of-beroving'],
    body: `"Had ik maar niet op die link geklikt." "Waarom heb ik me niet verzet?" Veel slachtoffers stellen zichzelf dit soort \
vragen. Schuld en schaamte horen bij de meest voorkomende gevoelens na een misdrijf, ook als iemand echt niets verkeerd \
heeft gedaan.

## Waarom slachtoffers zich schuldig voelen

Schuldgevoel geeft, hoe vreemd ook, een gevoel van controle. Als het hun eigen fout was, hadden ze het kunnen voorkomen, \
en kunnen ze het de volgende keer voorkomen. Dat voelt minder machteloos dan de gedachte dat het hun zomaar kon \
overkomen.

Schaamte gaat over hoe anderen iemand zien. Slachtoffers van fraude schamen zich omdat ze "erin zijn getrapt". \
Slachtoffers van seksueel geweld schamen zich voor wat er met hun lichaam is gebeurd. Schaamte zorgt ervoor dat mensen \
zwijgen, geen aangifte doen en geen hulp zoeken.

## Wat u kunt doen

- **Zeg het hardop:** "Het is niet jouw schuld. De dader is verantwoordelijk." Misschien moet u dat vaker zeggen dan u denkt.
- **Neem de gevoelens serieus.** Zeg niet "Daar hoef je je toch niet voor te schamen", maar: "Ik snap dat je je zo voelt. En ik zie het echt anders."
- **Leg uit hoe het werkt.** Oplichters zijn professionals die precies weten hoe ze vertrouwen moeten winnen. Bevriezen tijdens een aanval is een automatische reactie van het lichaam, geen keuze.
- **Vertel dat het vaker gebeurt.** Jaarlijks worden in Nederland ongeveer twee miljoen mensen slachtoffer van een misdrijf. Dat iemand niet de enige is, kan veel opluchten.
- **Houd het verhaal bij de ander.** Vertel niemand anders over wat er is gebeurd zonder toestemming. Vertrouwen is juist nu kwetsbaar.

## Wat u beter kunt vermijden

- Vragen die met "waarom" beginnen: "Waarom heb je geld overgemaakt?"
- Achteraf-wijsheid: "Dat had je toch kunnen zien aankomen."
- Grapjes over wat er is gebeurd, ook als ze goed bedoeld zijn om de spanning te breken.

## Als de schaamte blijft

Schaamte kan iemand lang blijven achtervolgen en zorgen dat diegene zich terugtrekt. Moedig aan om erover te praten met \
een professional. Slachtofferhulp Nederland (0900-0101) is gewend aan deze gesprekken. Bij fraude kan de Fraudehelpdesk \
(088-7867372) uitleggen hoe de oplichting werkte; dat helpt veel mensen om te zien dat het niet aan hen lag. Bij online \
seksueel misbruik kan Helpwanted helpen, en bij seksueel geweld het Centrum Seksueel Geweld (0800-0188).`,
  },
  {
    title: 'Victim blaming voorkomen',
    slug: 'victim-blaming-voorkomen',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 8,
    summary: 'Victim blaming is het slachtoffer (deels) de schuld geven. Het gebeurt vaak onbewust. Zo herkent en voorkomt u het.',
    delicts: ['seksueel-misbruik', 'online-seksuele-intimidatie', 'stalking', 'fraude'],
    body: `Victim blaming betekent dat het slachtoffer geheel of gedeeltelijk de schuld krijgt van wat er is gebeurd. Bijna \
niemand doet dat bewust. Toch sluipt het gemakkelijk in gesprekken, ook bij mensen die heel betrokken zijn.

## Hoe het klinkt

Victim blaming zit vaak verstopt in vragen of goedbedoelde adviezen:

- "Had je wel gedronken?"
- "Waarom heb je die foto ook gestuurd?"
- "Je had je deur toch op slot moeten doen."
- "Je bent ook wel erg goed van vertrouwen."
- "Waarom ben je niet eerder weggegaan bij hem?"

Al deze zinnen leggen de nadruk op wat het slachtoffer anders had kunnen doen, in plaats van op de keuze van de dader.

## Waarom mensen het doen

Victim blaming beschermt ons eigen gevoel van veiligheid. Als we denken dat het slachtoffer iets fout deed, kunnen we \
geloven dat het ons niet overkomt zolang wij wél voorzichtig zijn. Dat heet ook wel het geloof in een rechtvaardige \
wereld. Het is een begrijpelijke reflex, maar voor het slachtoffer is het schadelijk.

## Wat het doet met een slachtoffer

- Het versterkt schuld en schaamte.
- Slachtoffers vertellen minder, doen minder vaak aangifte en zoeken minder snel hulp.
- Het herstel duurt langer. Onderzoek laat zien dat erkenning door de omgeving juist psychische klachten kan verminderen.
- Het vertrouwen in de helper kan beschadigd raken.

## Zo voorkomt u het

- **Leg de verantwoordelijkheid bij de dader.** "Niemand heeft het recht om jou dit aan te doen."
- **Stel open vragen zonder oordeel:** "Wat gebeurde er toen?" in plaats van "Waarom deed je dat?"
- **Bewaar adviezen voor later.** Preventietips, zoals een beter slot of een sterker wachtwoord, kunnen nuttig zijn, maar niet in het eerste gesprek. Vraag eerst of de ander ze wil horen.
- **Let op uw eigen reacties.** Merkt u dat u denkt "dat zou mij niet gebeuren"? Dan is dat een signaal om even stil te staan bij uw eigen oordeel.
- **Spreek anderen aan.** Hoort u iemand in de omgeving het slachtoffer de schuld geven, zeg dan rustig dat de dader verantwoordelijk is.

## Oefenen

Wilt u weten hoe oordeelloos u luistert? Doe de test op oordeelloos luisteren op deze site. In de video's met voorbeeldscenario's ziet u hoe een gesprek met en zonder victim blaming verloopt.`,
  },
  {
    title: 'Een kind helpen',
    slug: 'een-kind-helpen',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 9,
    summary: 'Hoe reageren kinderen op een ingrijpende gebeurtenis, en wat kunt u als ouder, opa, oma of andere volwassene doen?',
    body: `Kinderen kunnen zelf slachtoffer zijn, of getuige van wat een ouder, broer of zus is overkomen. Zij reageren anders dan \
volwassenen en hebben niet altijd woorden voor wat ze voelen. Als ouder bent u vaak helper en tegelijk zelf geraakt. Dat \
maakt het extra zwaar.

## Hoe kinderen reageren

Reacties hangen af van de leeftijd:

- **Jonge kinderen (tot 6 jaar)** worden vaak aanhankelijk, huilen meer, slapen slecht of gaan weer in bed plassen. Ze spelen wat er gebeurde soms steeds opnieuw na.
- **Basisschoolkinderen** hebben vaak buikpijn of hoofdpijn, zijn bang dat het opnieuw gebeurt en kunnen zich slecht concentreren op school.
- **Tieners** trekken zich soms terug, worden boos of gaan juist risico's nemen. Ze praten vaak liever met vrienden dan met hun ouders.

Deze reacties zijn normaal en nemen bij de meeste kinderen na een paar weken af.

## Wat u kunt doen

- **Vertel de waarheid, in woorden die passen bij de leeftijd.** Kinderen merken dat er iets is. Als u niets zegt, vullen ze de gaten zelf in, vaak met iets wat erger is dan de werkelijkheid.
- **Houd vast aan het gewone ritme.** Naar school, sporten, vaste bedtijden: dat geeft veiligheid.
- **Luister en stel eenvoudige vragen.** Tekenen of spelen helpt jonge kinderen vaak meer dan praten.
- **Zeg dat het niet hun schuld is.** Kinderen denken snel dat zij iets fout hebben gedaan.
- **Laat zien dat u er bent.** U mag verdrietig zijn waar uw kind bij is. Leg dan uit dat u verdrietig bent om wat er gebeurde, en dat u voor uw kind blijft zorgen.
- **Informeer de school,** zodat de leerkracht rekening kan houden met concentratieproblemen of ander gedrag.

## Wanneer hulp zoeken

Neem contact op met de huisarts of het wijkteam van uw gemeente als de klachten na vier tot zes weken niet minder \
worden, of als uw kind steeds banger wordt. Slachtofferhulp Nederland (0900-0101) helpt ook kinderen en hun ouders. \
Kinderen kunnen zelf anoniem praten met De Kindertelefoon (0800-0432).

Vermoedt u dat een kind thuis wordt mishandeld of misbruikt? Bel dan Veilig Thuis (0800-2000), ook voor advies. Bij acuut gevaar belt u 112.

## Vergeet uzelf niet

Ouders van een kind dat iets ergs heeft meegemaakt, zijn helper en slachtoffer tegelijk. Zoek ook steun voor uzelf. U kunt uw kind het beste helpen als u zelf overeind blijft.`,
  },
  {
    title: 'Slachtofferrechten',
    slug: 'slachtofferrechten',
    site: 'helpers',
    section: 'iemand-ondersteunen',
    order: 10,
    summary:
      'Slachtoffers hebben in Nederland rechten, van informatie over de zaak tot spreekrecht. Een overzicht, zodat u samen niets mist.',
    body: `Slachtoffers van misdrijven hebben in Nederland wettelijke rechten. Die staan in het Wetboek van Strafvordering. Veel \
slachtoffers kennen ze niet, of durven er geen gebruik van te maken. Als helper kunt u erop letten dat de ander krijgt \
waar hij of zij recht op heeft.

## Rechten bij aangifte

- **Een kopie van de aangifte** of een bewijs van de aangifte.
- **Iemand meenemen** als steun, bijvoorbeeld een vriend, familielid of iemand van Slachtofferhulp Nederland.
- **Een tolk** als iemand de Nederlandse taal niet goed spreekt of verstaat.
- **Doorverwijzing naar Slachtofferhulp Nederland,** als het slachtoffer daar toestemming voor geeft.

## Rechten tijdens het onderzoek en de strafzaak

- **Informatie over de zaak:** of er een verdachte is, of de zaak naar de rechter gaat, wanneer de zitting is en wat de \
uitspraak is. Het slachtoffer moet wel aangeven dat het die informatie wil ontvangen.
- **Informatie over de dader:** bijvoorbeeld wanneer die vrijkomt, bij ernstige misdrijven.
- **Inzage in het dossier** en het laten toevoegen van stukken, zoals een verklaring over de schade.
- **Bijstand van een advocaat.** Slachtoffers van ernstige gewelds- en zedenmisdrijven en nabestaanden krijgen die gratis, ongeacht hun inkomen.
- **Spreekrecht:** bij ernstige misdrijven, en bij een aantal andere delicten zoals bedreiging en stalking, mag het \
slachtoffer of een nabestaande tijdens de zitting vertellen wat het misdrijf heeft aangericht. Ook een schriftelijke \
slachtofferverklaring is mogelijk.
- **Schadevergoeding vragen** door zich te voegen als benadeelde partij in de strafzaak.
- **Bescherming:** bijvoorbeeld een contact- of gebiedsverbod voor de verdachte, of afgeschermde adresgegevens.
- **Beklag** bij het gerechtshof als het OM besluit de zaak niet te vervolgen, binnen drie maanden nadat het slachtoffer dat hoorde.

## Waar kunt u terecht?

Het Slachtofferloket is een samenwerking van politie, Openbaar Ministerie en Slachtofferhulp Nederland. Via het \
Slachtofferloket krijgt het slachtoffer informatie over de zaak en hulp bij het gebruikmaken van de rechten. Elke regio \
heeft een eigen loket met een eigen telefoonnummer; de nummers staan op slachtofferloket.nl.

Voor juridisch advies kunt u terecht bij het Juridisch Loket (0900-8020; het advies is gratis, bellen kost € 0,25 per minuut).

## Hoe u kunt helpen

- Ga samen na welke rechten van toepassing zijn, en schrijf op welke keuzes zijn gemaakt.
- Moedig aan om bij de aangifte aan te geven dat de ander op de hoogte wil blijven.
- Denk mee over spreekrecht, maar zet geen druk. Er gebruik van maken is een keuze.

In de animatie over slachtofferrechten op deze site ziet u in een paar minuten hoe deze rechten samenhangen.`,
  },
]

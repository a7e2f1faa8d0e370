/** Theme pages of the pillars "Hoe doen anderen het?" and "1-op-1 begeleiding en online cursus". */
import type { SeedTheme } from '../types'

export const themesAnderenEnBegeleiding: SeedTheme[] = [
  {
    title: 'Ervaringsverhalen',
    slug: 'ervaringsverhalen',
    site: 'helpers',
    section: 'hoe-doen-anderen-het',
    order: 1,
    summary: "Andere helpers vertellen in korte video's hoe zij een naaste hebben bijgestaan na een beroving, inbraak of stalking.",
    body: `Het helpt om te horen hoe anderen het hebben aangepakt. Niet omdat er één goede manier is, maar omdat u zich in hun \
verhaal kunt herkennen. Op deze pagina vertellen helpers in korte video's wat ze hebben meegemaakt, wat ze deden en wat \
ze achteraf anders zouden doen.

## Wat u in de verhalen ziet

- **Een moeder** vertelt hoe ze haar zoon bijstond nadat hij op straat was beroofd. Ze wilde vooral alles regelen, en leerde dat luisteren soms meer helpt.
- **Een buurman** vertelt over de nacht na de inbraak bij zijn buurvrouw, en hoe hij haar hielp met de politie, de verzekeraar en de nieuwe sloten.
- **Een vriendin** vertelt hoe ze haar beste vriendin steunde tijdens maanden van stalking door een ex, en hoe ze daarbij ook haar eigen grenzen moest bewaken.

Alle video's zijn ondertiteld of hebben een uitgeschreven tekst, zodat u ze ook zonder geluid kunt volgen.

## Waarom ervaringsverhalen helpen

- **Herkenning.** Veel helpers denken dat zij de enigen zijn die twijfelen of ze het goed doen. Dat is niet zo.
- **Concrete voorbeelden.** U ziet hoe een gesprek kan verlopen, welke zinnen helpen en welke niet.
- **Hoop.** De verhalen laten zien dat herstel mogelijk is, ook als het lang duurt.

## Kijk met een vraag in gedachten

Haal het meeste uit de verhalen door tijdens het kijken op deze vragen te letten:

1. Wat deed deze helper wat u ook zou kunnen doen?
2. Waar liep deze helper tegenaan, en herkent u dat?
3. Hoe zorgde deze helper voor zichzelf?

## Let op uzelf

De verhalen gaan over ingrijpende gebeurtenissen. Het kan zijn dat ze herinneringen of emoties bij u oproepen, zeker als \
u zelf iets vergelijkbaars heeft meegemaakt. Kijk dan op een moment dat u daar de ruimte voor heeft, en praat erover met \
iemand die u vertrouwt. U kunt ook bellen met Slachtofferhulp Nederland (0900-0101).

## Meer voorbeelden

Naast ervaringsverhalen vindt u op deze site ook voorbeeldscenario's: korte gespeelde situaties waarin u ziet hoe u kunt \
reageren, hoe victim blaming werkt en hoe u een grens aangeeft. En in de animaties worden onderwerpen als het \
strafproces en slachtofferrechten in een paar minuten uitgelegd.`,
  },
  {
    title: 'Tips en ervaringen van andere helpers',
    slug: 'tips-en-ervaringen-van-andere-helpers',
    site: 'helpers',
    section: 'hoe-doen-anderen-het',
    order: 2,
    summary: 'Lees wat andere helpers heeft geholpen: korte, persoonlijke tips van ouders, partners, vrienden en buren van slachtoffers.',
    body: `Wie zelf een naaste heeft geholpen, weet wat werkt in de praktijk. Op deze pagina delen helpers hun tips en ervaringen. \
Het zijn persoonlijke verhalen van ouders, partners, broers en zussen, vrienden, buren en collega's van slachtoffers.

## Wat u hier vindt

De tips gaan over heel verschillende dingen:

- hoe u een eerste gesprek begint als u niet weet wat u moet zeggen;
- hoe u helpt met de aangifte of met formulieren voor de verzekering;
- hoe u omgaat met boosheid of terugtrekken van het slachtoffer;
- hoe u zelf overeind blijft en uw grenzen bewaakt;
- hoe u de omgeving betrekt, zoals een school, werkgever of sportclub.

Elke tip is ondertekend met de relatie tot het slachtoffer, bijvoorbeeld "Zus van een slachtoffer van stalking". Namen publiceren we niet, om de privacy van helpers en slachtoffers te beschermen.

## Hoe u de tips kunt gebruiken

Elke situatie is anders. Wat voor de een werkt, past niet altijd bij de ander. Lees de tips daarom als inspiratie, niet als voorschrift. Vraag uzelf af:

- Past dit bij mij en bij de persoon die ik help?
- Wat zou de ander hiervan vinden?
- Wat heb ik nodig om dit te proberen?

## Een tip is geen professioneel advies

De tips komen van ervaringsdeskundigen, niet van hulpverleners. Ze vervangen geen professionele hulp. Heeft u vragen \
over een specifieke situatie, bijvoorbeeld over aangifte, schadevergoeding of de veiligheid van de ander? Neem dan \
contact op met Slachtofferhulp Nederland (0900-0101). Bij juridische vragen kunt u ook terecht bij het Juridisch Loket \
(0900-8020; het advies is gratis, bellen kost € 0,25 per minuut).

## Zorgvuldig gemodereerd

Alle tips worden voor publicatie gelezen door een redacteur. We plaatsen geen tips die herleidbaar zijn naar personen, \
die het slachtoffer de schuld geven of die adviezen bevatten die onveilig kunnen zijn. Daardoor kan het even duren \
voordat een nieuwe tip zichtbaar is.

## Zelf iets delen?

Heeft u zelf een tip of ervaring die een andere helper verder kan helpen? Deel die dan met het formulier [Deel uw tip of \
ervaring](/tips/delen/). Uw ervaring kan voor iemand anders precies het steuntje zijn dat nodig is.`,
  },
  {
    title: 'Deel uw tip of ervaring',
    slug: 'deel-uw-tip-of-ervaring',
    site: 'helpers',
    section: 'hoe-doen-anderen-het',
    order: 3,
    summary: 'Heeft u een naaste geholpen? Deel uw tip of ervaring anoniem met andere helpers. Zo leest u wat wij ermee doen.',
    body: `Uw ervaring als helper is waardevol. Wat u heeft geleerd, kan een ander helpen die nu midden in dezelfde \
situatie zit. Daarom kunt u op deze site een tip of ervaring delen met andere helpers.

**[Naar het formulier: deel uw tip of ervaring](/tips/delen/)**

## Wat kunt u delen?

Denk aan:

- iets wat u deed en wat de ander echt hielp;
- iets wat u achteraf anders zou doen;
- hoe u zelf overeind bleef, of juist niet, en wat u daarvan leerde;
- een praktische tip, bijvoorbeeld over aangifte, verzekering of het regelen van hulp;
- een zin of gebaar dat veel voor de ander betekende.

Houd uw tip kort: een paar zinnen tot een korte alinea is genoeg. Schrijf in de ik-vorm en vertel wat uw relatie is met \
het slachtoffer, bijvoorbeeld "Buurman van een slachtoffer van een woninginbraak".

## Zo bewaakt u de privacy

- Noem geen namen, woonplaatsen, scholen of werkgevers.
- Beschrijf geen details waaraan het slachtoffer of de dader te herkennen is.
- Vraag het slachtoffer of het goed is dat u uw ervaring deelt, zeker als het over een recente gebeurtenis gaat.
- Uw tip wordt gepubliceerd zonder uw naam. U ondertekent alleen met uw relatie tot het slachtoffer.

## Wat gebeurt er met uw tip?

1. U vult het [formulier](/tips/delen/) in: een titel, uw tip en, als u wilt, een ondertekening. Uw naam of e-mailadres vragen we niet.
2. Een redacteur leest uw tip. We controleren of de tip veilig is, niemand de schuld geeft en geen herleidbare gegevens bevat.
3. Soms passen we de tekst een klein beetje aan, bijvoorbeeld om een naam weg te laten. De inhoud veranderen we niet.
4. Als de tip geschikt is, verschijnt hij op de pagina "Tips en ervaringen van andere helpers". Dat kan een paar werkdagen duren.

We plaatsen niet elke tip. Dat zegt niets over de waarde van uw ervaring, maar soms past een tip niet op een openbare pagina.

## Heeft u zelf hulp nodig?

Merkt u bij het schrijven dat het helpen u zwaar valt? U hoeft het niet alleen te doen. Neem contact op met \
Slachtofferhulp Nederland (0900-0101) voor een persoonlijk gesprek. Bij acute zorgen over uzelf of de ander belt u 113 \
(gratis via 0800-0113) of bij direct gevaar 112.`,
  },
  {
    title: 'Persoonlijke begeleiding',
    slug: 'persoonlijke-begeleiding',
    site: 'helpers',
    section: 'begeleiding-en-cursus',
    order: 1,
    summary: 'Wilt u uw situatie met iemand bespreken? Bel of chat met Slachtofferhulp Nederland voor persoonlijk advies voor helpers.',
    body: `Soms heeft u meer nodig dan informatie op een website. U wilt uw vraag aan iemand kunnen stellen, of gewoon uw verhaal \
kwijt. Voor helpers is er daarom persoonlijke begeleiding van Slachtofferhulp Nederland, via de telefoon en de chat.

## Waarvoor kunt u contact opnemen?

U kunt bellen of chatten met allerlei vragen, bijvoorbeeld:

- "Mijn zus is aangerand en wil geen aangifte doen. Wat kan ik doen?"
- "Mijn vader is opgelicht en schaamt zich. Hoe begin ik het gesprek?"
- "Ik help mijn vriend al maanden en ik raak zelf uitgeput."
- "Mijn kind is op school bedreigd. Wat moet ik regelen?"
- "Welke organisatie past bij onze situatie?"

Er is geen vraag te klein. U hoeft ook niet zeker te weten of het wel om een misdrijf gaat.

## Zo neemt u contact op

- **Telefoon:** bel 0900-0101. U betaalt uw gewone belkosten.
- **Chat:** via de chat op slachtofferhulp.nl.

Kijk voor de actuele openingstijden op slachtofferhulp.nl. Buiten de openingstijden kunt u bij acute zorgen terecht bij 113 (gratis via 0800-0113) of, bij direct gevaar, bij 112.

## Wat kunt u verwachten?

- Een medewerker luistert naar uw verhaal en vraagt door om de situatie goed te begrijpen.
- U krijgt advies over wat u zelf kunt doen, en over hoe u het slachtoffer kunt ondersteunen.
- Als het nodig is, hoort u welke organisatie verder kan helpen, zoals Veilig Thuis, het Centrum Seksueel Geweld of het Juridisch Loket.
- Wil het slachtoffer zelf ook hulp? Dan kan het slachtoffer zich aanmelden bij Slachtofferhulp Nederland. Dat gebeurt alleen met toestemming van het slachtoffer.

Het gesprek is vertrouwelijk. U hoeft uw naam niet te noemen als u dat niet wilt.

## Een gesprek voorbereiden

U haalt meer uit een gesprek als u van tevoren kort opschrijft:

1. wat er is gebeurd en wanneer;
2. wat uw relatie is met het slachtoffer;
3. welke vraag u het meest bezighoudt;
4. wat u al heeft gedaan of geregeld.

## Liever eerst zelf aan de slag?

Gebruik dan de doorverwijstool op deze site om te zien welke organisatie past bij uw situatie, of volg de gratis online cursus voor helpers.`,
  },
  {
    title: 'Online cursus',
    slug: 'online-cursus',
    site: 'helpers',
    section: 'begeleiding-en-cursus',
    order: 2,
    summary:
      'Een gratis online cursus voor helpers: leer in drie modules hoe u iemand steunt op een manier die prettig is voor de ander én voor uzelf.',
    body: `Wilt u meer grip krijgen op het helpen? In de gratis online cursus voor helpers leert u hoe u er voor iemand kunt zijn \
op een manier die prettig is voor de ander én voor uzelf. De cursus is gemaakt in samenwerking met de Slachtofferhulp \
Academie.

## Wat leert u?

De cursus bestaat uit drie modules. U kunt ze los van elkaar volgen, maar we raden aan om met de basismodule te beginnen.

- **In 8 stappen beter helpen** (basis, 45 minuten). De basis van goed helpen: van er zijn en luisteren tot praktische hulp, doorverwijzen en zorgen voor uzelf. Elke stap is een korte les.
- **Communiceren met een slachtoffer** (verdiepend, 45 minuten). Hoe voert u een gesprek over iets wat pijn doet? U \
leert luisteren met aandacht, open vragen stellen, omgaan met emoties en stiltes, en voorkomen dat u onbedoeld oordeelt.
- **Helpen door er gewoon te zijn** (verdiepend, 30 minuten). Soms kunt u niets oplossen. Deze module laat zien waarom aanwezig zijn toch veel betekent, en hoe u dat volhoudt op de lange termijn.

## Hoe werkt de cursus?

- Elke module bestaat uit korte lessen die u in een paar minuten leest.
- Aan het eind van elke les staat een reflectievraag. Neem even de tijd om die voor uzelf te beantwoorden; u hoeft uw antwoord nergens in te vullen.
- U kunt op elk moment stoppen en later verder gaan. Uw voortgang wordt alleen op uw eigen apparaat bewaard.
- De cursus werkt op uw telefoon, tablet en computer.

## Voor wie is de cursus?

Voor iedereen die iemand helpt na een misdrijf, ongeval of andere ingrijpende gebeurtenis: partners, ouders, kinderen, vrienden, buren, collega's en vrijwilligers. U hoeft geen voorkennis te hebben.

## Wat de cursus niet is

De cursus is geen therapie en geen opleiding tot hulpverlener. Merkt u tijdens het volgen dat u vastloopt of dat het u \
zelf zwaar valt? Neem dan contact op voor persoonlijke begeleiding via Slachtofferhulp Nederland (0900-0101).

## Direct beginnen

U kunt meteen starten, zonder account. Kies hieronder de module waarmee u wilt beginnen.`,
  },
]

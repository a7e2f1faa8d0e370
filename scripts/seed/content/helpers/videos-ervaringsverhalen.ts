/** Video stories of helpers, told in their own words (kind: ervaringsverhaal). */
import type { SeedVideo } from '../types'

export const videosErvaringsverhalen: SeedVideo[] = [
  {
    title: 'Een moeder over haar zoon na een beroving',
    slug: 'moeder-helpt-zoon-na-beroving',
    site: 'helpers',
    kind: 'ervaringsverhaal',
    summary:
      "Een moeder vertelt hoe ze haar zoon van negentien bijstond nadat hij 's avonds op straat werd beroofd, en wat ze daarbij leerde.",
    hostingUrl: 'https://player.vimeo.com/video/834216571',
    durationSeconds: 238,
    // No caption file ships with the demo: a link to it answered 404 (the crawl test found it).
    captionsUrl: null,
    poster: {
      alt: 'Een vrouw van middelbare leeftijd zit aan een keukentafel en kijkt peinzend naar buiten.',
      caption: 'Een moeder over haar zoon na een beroving',
      colour: '#2F5D62',
    },
    transcript: `Het was een donderdagavond in november. Mijn zoon was negentien en kwam terug van zijn bijbaan. Om half elf belde hij. \
Ik hoorde meteen aan zijn stem dat er iets mis was. Hij zei alleen: mam, ze hebben mijn telefoon afgepakt. Hij belde met \
de telefoon van een vreemde mevrouw die hem op straat had gevonden.

Twee jongens hadden hem op de fiets klemgezet. Eén had een mes. Hij had zijn telefoon en zijn portemonnee gegeven, \
precies zoals je dat hoort te doen. Lichamelijk was hij ongedeerd. Maar toen ik hem ophaalde, trilde hij over zijn hele \
lijf.

Ik ging meteen in de regelstand. Dat is mijn manier. Ik heb dezelfde avond nog de bank gebeld om zijn pas te blokkeren, \
de provider voor zijn simkaart, en ik had de volgende ochtend al een afspraak bij de politie gemaakt. Dat was allemaal \
goed, hoor. Dat moest ook gebeuren. Maar ik merkte dat hij steeds stiller werd.

Een paar dagen later zei hij: mam, je vraagt alleen maar of ik dit al heb gedaan en dat al heb ingevuld. Je vraagt nooit \
hoe het met mij gaat. Dat kwam hard binnen. Want ik deed het allemaal voor hem. Maar hij had iets anders nodig.

Toen ben ik gaan zitten. Letterlijk. Ik heb gewoon naast hem op de bank gezeten en gevraagd: hoe is het nou echt? En \
toen kwam het eruit. Dat hij niet meer durfde te fietsen in het donker. Dat hij steeds die jongen met dat mes zag. Dat \
hij zich schaamde, omdat hij niks had gedaan. Ik heb niet gezegd dat hij zich niet hoefde te schamen. Ik heb gezegd: ik \
snap dat je je zo voelt, en ik ben zo blij dat je gewoon hebt gegeven wat ze vroegen. Daardoor zit je hier.

Ik ben met hem meegegaan naar de aangifte. Daar vroegen ze of Slachtofferhulp contact mocht opnemen. Hij zei eerst nee, \
hij wilde niet zielig doen. Later heeft hij toch gebeld, en hij heeft een paar gesprekken gehad. Dat hielp, juist omdat \
het iemand anders was dan zijn moeder.

Wat ik andere ouders zou willen meegeven? Regel wat geregeld moet worden, maar vergeet niet te vragen hoe het gaat. En \
zorg ook voor jezelf. Ik sliep wekenlang slecht. Ik lag wakker tot ik hem thuis hoorde komen. Daar heb ik uiteindelijk \
met mijn huisarts over gepraat. Ik was niet alleen zijn moeder die hielp, ik was zelf ook geschrokken.

Het is nu anderhalf jaar later. Hij fietst weer, ook 's avonds. Hij neemt wel een andere route. En soms, als hij laat \
thuiskomt, stuurt hij uit zichzelf een appje: ben thuis. Dat vind ik eigenlijk wel mooi.`,
  },
  {
    title: 'Een buurman over de inbraak bij zijn buurvrouw',
    slug: 'buurman-na-woninginbraak',
    site: 'helpers',
    kind: 'ervaringsverhaal',
    summary:
      'Een buurman vertelt over de avond dat bij zijn oudere buurvrouw werd ingebroken, en hoe hij haar hielp met politie, verzekeraar en sloten.',
    hostingUrl: 'https://player.vimeo.com/video/841597203',
    durationSeconds: 214,
    captionsUrl: null,
    poster: {
      alt: 'Een man in een tuinjas staat bij een voordeur met een nieuw slot en glimlacht voorzichtig.',
      caption: 'Een buurman over de inbraak bij zijn buurvrouw',
      colour: '#5B4B8A',
    },
    transcript: `Mijn buurvrouw is vijfentachtig. Ze woont al veertig jaar naast ons. Op een zondagavond kwam ze terug van haar dochter, \
en de achterdeur stond open. Ze belde bij ons aan, helemaal in paniek. Ze durfde haar eigen huis niet meer in.

Het eerste wat ik deed was: niet naar binnen gaan. Je weet niet of er nog iemand is. We hebben samen in onze woonkamer \
gewacht en ik heb 112 gebeld, omdat we niet zeker wisten of de inbreker weg was. De politie was er binnen een kwartier. \
Ze zijn eerst zelf naar binnen gegaan. Er was niemand meer.

Die agenten zeiden ook: zo min mogelijk aanraken, want misschien komen we nog sporen zoeken. Dus we hebben die avond \
niets opgeruimd. Dat vond ze heel moeilijk. Alle kastjes open, laatjes op de grond. Ze zei steeds: iemand heeft aan mijn \
spullen gezeten. Aan de foto's van mijn man.

Ze heeft die nacht bij ons geslapen. En de nacht daarna ook. Mijn vrouw heeft het logeerbed opgemaakt en we hebben \
gewoon samen een kop thee gedronken en over andere dingen gepraat. Ik denk dat dat eigenlijk het belangrijkste was.

De volgende ochtend ben ik met haar aan de keukentafel gaan zitten met een blocnote. Wat is er weg? Haar sieraden, wat \
contant geld, een tablet van haar kleinkinderen. Ik heb de doos van de tablet gevonden, met het serienummer erop. Dat \
hadden ze bij de aangifte nodig. Voor de aangifte hebben we samen een afspraak gemaakt via 0900-8844, en ik ben met haar \
meegegaan naar het bureau. Dat had ze alleen nooit gekund, zei ze.

Daarna hebben we samen de verzekeraar gebeld. Ik heb het gesprek gevoerd, met de telefoon op de speaker, en zij zat \
ernaast. Zo hoorde ze alles, maar hoefde ze niet alles zelf te zeggen. De verzekeraar vergoedde ook de noodreparatie van \
de deur.

Ik heb ook een slotenmaker laten komen. Die heeft goede sloten geplaatst, met het keurmerk. En hij heeft uitgelegd hoe ze de achterdeur goed afsluit. Dat gaf haar echt weer een beetje rust.

Wat ik onderschat had, was hoe lang het haar bezighield. Weken later schrok ze nog van elk geluid. Ze zei: ik voel me \
niet meer thuis in mijn eigen huis. Haar dochter heeft toen Slachtofferhulp gebeld, en er is een vrijwilliger langs \
geweest. Dat heeft geholpen.

Wat ik geleerd heb? Dat een inbraak niet over spullen gaat. Het gaat over je veilig voelen. En dat je als buurman meer kunt doen dan je denkt. Gewoon er zijn, een kop thee, en samen die lijst maken.`,
  },
  {
    title: 'Een vriendin over maanden van stalking',
    slug: 'vriendin-na-stalking',
    site: 'helpers',
    kind: 'ervaringsverhaal',
    summary:
      'Een vrouw vertelt hoe ze haar beste vriendin steunde toen die door haar ex werd gestalkt, en hoe ze daarbij haar eigen grenzen leerde bewaken.',
    hostingUrl: 'https://player.vimeo.com/video/856302914',
    durationSeconds: 262,
    captionsUrl: null,
    poster: {
      alt: 'Twee vrouwen lopen samen over een dijk in de wind, van achteren gezien.',
      caption: 'Een vriendin over maanden van stalking',
      colour: '#8A4B4B',
    },
    transcript: `Mijn beste vriendin ging uit elkaar met haar vriend. Dat leek eerst gewoon een nare breuk. Maar hij bleef appen. Eerst \
lief, dan boos, dan weer lief. Op een gegeven moment kreeg ze zestig berichten op een dag. Hij stond bij haar werk. Hij \
stuurde bloemen naar haar moeder.

In het begin zei ik ook: reageer er gewoon niet op, dan houdt het vanzelf op. Achteraf vind ik dat best pijnlijk. Want \
zij voelde zich al niet serieus genomen, en toen zei ik dat ook nog. Het hield niet op. Het werd erger.

Het keerpunt was toen ze me om twee uur 's nachts belde. Hij had aangebeld. Ze zat in het donker op de gang. Ik heb \
gezegd: bel 112, en ik kom eraan. De politie kwam, hij was al weg. Maar die agent zei iets wat ons allebei hielp: dit is \
stalking, dat heet belaging, en dat is strafbaar. Begin een logboek.

Dat logboek hebben we samen bijgehouden. Elke keer dat hij iets deed, schreven we het op. Datum, tijd, wat er gebeurde. \
Screenshots van alle berichten, en die zette ik ook op mijn eigen laptop, voor de zekerheid. Na een paar weken had je \
een document van twintig pagina's. Daarmee is ze aangifte gaan doen. Ik ben meegegaan. Met dat logboek zag de \
rechercheur meteen het patroon.

We hebben ook Veilig Thuis gebeld, omdat het haar ex was. Dat wist ik niet, dat je daar ook voor stalking door een ex \
terecht kunt. Ze gaven tips voor haar veiligheid. Ze veranderde haar route naar haar werk, haar collega's wisten ervan, \
en we hadden een codewoord in de app. Als ze dat stuurde, belde ik meteen de politie.

Wat ik moeilijk vond: ik was op een gegeven moment zelf uitgeput. Ik sliep met mijn telefoon naast mijn kussen. Mijn \
eigen relatie leed eronder. Ik voelde me schuldig als ik een avond niet beschikbaar was. Een medewerker van \
Slachtofferhulp zei tegen haar, en eigenlijk ook tegen mij: zorg dat niet alles op één persoon rust. Toen hebben we het \
verdeeld. Haar zus, haar moeder, een collega en ik. Ieder een paar avonden.

Uiteindelijk heeft hij een contactverbod gekregen. De rechtszaak was zwaar. Ze heeft gebruikgemaakt van haar spreekrecht. Ik zat achter haar en ik was zo trots.

Als ik een tip mag geven: neem het vanaf het begin serieus. En zorg dat je het volhoudt. Stalking is geen sprint, het is een marathon. Je kunt er alleen voor iemand zijn als je zelf ook ademt.`,
  },
]

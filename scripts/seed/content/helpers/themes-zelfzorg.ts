/** Theme pages of the pillar "Goed voor uzelf zorgen". */
import type { SeedTheme } from '../types'

export const themesZelfzorg: SeedTheme[] = [
  {
    title: 'Tips voor zelfzorg',
    slug: 'tips-voor-zelfzorg',
    site: 'helpers',
    section: 'goed-voor-uzelf-zorgen',
    order: 1,
    summary: 'Helpen kost energie. Met deze praktische tips zorgt u dat u zelf overeind blijft, zodat u er langer voor de ander kunt zijn.',
    body: `Als iemand die u dierbaar is iets ergs overkomt, gaat al uw aandacht naar die ander. Dat is logisch. Maar helpen kost \
energie, en vaak langer dan u verwacht. Zelfzorg is geen egoïsme: u kunt pas goed helpen als u zelf overeind blijft.

## Herken de signalen

Let op uzelf. Deze signalen laten zien dat het helpen te veel wordt:

- u slaapt slecht of piekert veel over de ander;
- u bent sneller moe, prikkelbaar of emotioneel;
- u heeft geen tijd meer voor dingen die u zelf leuk vindt;
- u voelt zich schuldig als u even niet beschikbaar bent;
- u merkt dat u zelf beelden of angsten overneemt van wat de ander heeft meegemaakt.

## Praktische tips

- **Houd uw ritme vast.** Eet op tijd, beweeg elke dag, ga op een vaste tijd naar bed.
- **Plan bewust iets voor uzelf.** Zet het in uw agenda: een wandeling, sporten, een avond met vrienden. Zeg het niet af omdat de ander u misschien nodig heeft.
- **Praat er zelf ook over.** Zoek iemand bij wie u uw verhaal kwijt kunt, buiten het slachtoffer om. Let wel op wat u deelt: vertel niets wat de ander in vertrouwen heeft verteld zonder toestemming.
- **Deel de zorg.** U hoeft niet alles alleen te doen. Vraag familie, vrienden of buren om taken over te nemen, zoals boodschappen of een keer meegaan naar de politie.
- **Neem pauzes van het onderwerp.** Het is goed om samen ook over gewone dingen te praten, of samen iets leuks te doen.
- **Wees mild voor uzelf.** U maakt fouten, net als iedereen. Dat is niet erg.

## Hoeveel tijd besteedt u aan helpen?

Soms gaat het helpen ongemerkt steeds meer tijd kosten. Met de zelfscan tijdsbesteding op deze site brengt u in een paar \
minuten in kaart hoeveel tijd u kwijt bent aan het helpen, en of dat voor u in balans is. Uw antwoorden blijven op uw \
eigen apparaat.

## Als u zelf hulp nodig heeft

Ook helpers kunnen klachten krijgen, zeker na een heftige gebeurtenis. Bent u zelf getuige geweest, of houden de \
klachten aan? Bespreek het met uw huisarts. U kunt ook als naaste contact opnemen met Slachtofferhulp Nederland \
(0900-0101) voor advies en een luisterend oor. Bij gedachten aan zelfdoding kunt u dag en nacht terecht bij 113 \
Zelfmoordpreventie: bel 113 of gratis 0800-0113.`,
  },
  {
    title: 'Grenzen aangeven',
    slug: 'grenzen-aangeven',
    site: 'helpers',
    section: 'goed-voor-uzelf-zorgen',
    order: 2,
    summary:
      'U wilt helpen, maar niet alles kan. Hoe bepaalt u uw grenzen en hoe zegt u dat zonder dat de ander zich in de steek gelaten voelt?',
    body: `Helpers zijn vaak zo betrokken dat ze hun eigen grenzen uit het oog verliezen. Ze nemen altijd de telefoon op, zeggen \
afspraken af en schuiven hun eigen behoeften opzij. Op korte termijn gaat dat goed, maar op de lange termijn raakt u \
uitgeput. Grenzen aangeven is daarom goed voor u én voor de ander.

## Wat zijn uw grenzen?

Grenzen zijn voor iedereen anders. Stel uzelf deze vragen:

- Hoeveel tijd per week kan ik besteden aan helpen, naast werk, gezin en rust?
- Welke taken doe ik graag, en welke kosten me veel energie?
- Op welke momenten ben ik niet bereikbaar, bijvoorbeeld 's nachts of tijdens mijn werk?
- Welke onderwerpen vind ik te zwaar om steeds over te praten?
- Merk ik dat ik zelf boos, bang of verdrietig word van wat ik hoor?

## Hoe zegt u het?

Een grens aangeven kan liefdevol. Een paar voorbeelden:

- "Ik wil je graag helpen met de verzekering, maar ik kan pas zaterdag."
- "'s Avonds na tien uur neem ik niet meer op, behalve als het echt dringend is. Bel dan gerust 113 of Slachtofferhulp als je iemand nodig hebt."
- "Ik merk dat ik moe word. Zullen we morgen verder praten?"
- "Dit kan ik niet voor je oplossen, maar ik help je wel iemand te vinden die dat kan."

Praat vanuit uzelf ("ik merk", "ik kan") en niet over wat de ander doet. Bied waar het kan een alternatief aan.

## Omgaan met schuldgevoel

Veel helpers voelen zich schuldig als ze nee zeggen. Bedenk dan: een helper die opgebrand raakt, kan helemaal niet meer \
helpen. Door op tijd uw grens aan te geven, houdt u het langer vol. En u laat de ander ook ruimte om steun bij anderen \
te zoeken, wat goed is voor het herstel.

## Als de ander uw grens niet respecteert

Soms is iemand zo in nood dat hij of zij steeds over uw grens gaat. Blijf rustig en herhaal wat u kunt en wat niet. Help \
de ander om ook andere bronnen van steun te vinden, zoals Slachtofferhulp Nederland (0900-0101), de huisarts of andere \
vrienden en familie. Bij acuut gevaar voor de ander of voor uzelf belt u 112.

## Meer weten

In het voorbeeldscenario "Grenzen aangeven als helper" ziet u hoe een helper haar grens aangeeft. De zelfscan tijdsbesteding helpt u te zien hoeveel tijd het helpen u nu kost.`,
  },
  {
    title: 'Slim omgaan met stress',
    slug: 'slim-omgaan-met-stress',
    site: 'helpers',
    section: 'goed-voor-uzelf-zorgen',
    order: 3,
    summary:
      'Helpen na een ingrijpende gebeurtenis geeft spanning. Lees hoe stress werkt en wat u kunt doen om die onder controle te houden.',
    body: `Wie een slachtoffer helpt, krijgt vaak zelf ook te maken met spanning. U maakt zich zorgen, hoort heftige verhalen en \
heeft ineens een hoop te regelen naast uw gewone leven. Een beetje stress is niet erg: het helpt u om in actie te komen. \
Maar als de spanning lang aanhoudt, raakt u uitgeput.

## Hoe stress werkt

Bij spanning maakt uw lichaam stresshormonen aan. Uw hart klopt sneller en uw spieren spannen zich aan. Dat is handig bij direct gevaar, maar niet als het weken duurt. Langdurige stress merkt u aan:

- hoofdpijn, nekpijn of een gespannen buik;
- slecht slapen en toch moe zijn;
- piekeren en niet kunnen ontspannen;
- snel geïrriteerd zijn, ook tegen mensen om wie u geeft;
- meer koffie, alcohol of snacks dan normaal.

## Wat helpt

- **Beweeg.** Een half uur wandelen, fietsen of sporten per dag verlaagt spanning meetbaar.
- **Adem rustig.** Adem vier tellen in door uw neus, houd even vast en adem zes tellen uit. Herhaal dat een paar minuten. Dat kalmeert uw lichaam.
- **Zet piekergedachten op papier.** Schrijf 's avonds op wat u bezighoudt en wat u morgen wilt regelen. Dan hoeft u het niet in uw hoofd te houden.
- **Maak een lijstje met taken.** Verdeel grote klussen, zoals een schadeformulier of een verhuizing, in kleine stappen. Streep af wat klaar is.
- **Vraag hulp.** Wie kan één taak van u overnemen? Vaak willen mensen graag helpen, maar weten ze niet hoe.
- **Beperk het nieuws.** Heeft het misdrijf in de media gestaan? Lees dan niet alle berichten en reacties.
- **Doe iets wat u ontspant.** Muziek, tuinieren, lezen, een hobby: bewust bezig zijn met iets anders geeft uw hoofd rust.

## Secundaire traumatisering

Wie steeds de verhalen van een slachtoffer hoort, kan soms zelf klachten krijgen die lijken op die van het slachtoffer: \
nachtmerries, schrikreacties of angst. Dat heet secundaire traumatisering. Het is geen zwakte, maar een signaal dat u \
zelf steun nodig heeft.

## Wanneer aan de bel trekken

Houden de klachten langer dan een paar weken aan, of heeft u het gevoel dat u het niet meer aankunt? Praat erover met uw \
huisarts. U kunt ook contact opnemen met Slachtofferhulp Nederland (0900-0101): ook helpers kunnen daar terecht voor \
advies. Heeft u gedachten aan zelfdoding, bel dan 113 of gratis 0800-0113.`,
  },
  {
    title: 'Start een steungroep',
    slug: 'start-een-steungroep',
    site: 'helpers',
    section: 'goed-voor-uzelf-zorgen',
    order: 4,
    summary:
      'Samen helpen is lichter dan alleen. Zo zet u een steungroep op rond een slachtoffer, met heldere afspraken over wie wat doet.',
    body: `Na een misdrijf of ongeval willen vaak veel mensen helpen. Zonder afspraken gebeurt het dat iedereen tegelijk belt, \
terwijl een week later niemand meer langskomt. Of één persoon draagt alles alleen. Een steungroep zorgt ervoor dat de \
zorg wordt verdeeld, en dat het slachtoffer langer steun krijgt.

## Wat is een steungroep?

Een steungroep is een kleine groep mensen uit de omgeving van het slachtoffer: familie, vrienden, buren, collega's. Zij \
spreken samen af wie wat doet. Het slachtoffer houdt de regie en bepaalt wie erbij hoort en wat er gedeeld wordt.

## Zo begint u

1. **Vraag het slachtoffer om toestemming.** Leg uit wat u van plan bent en vraag wie hij of zij erbij wil hebben. Zonder toestemming geen groep.
2. **Maak een lijst van wat er nodig is.** Denk aan boodschappen, koken, vervoer naar afspraken, oppas, post en formulieren, gezelschap, of meegaan naar politie of rechtbank.
3. **Nodig drie tot acht mensen uit.** Een kleine groep is overzichtelijk. Kies mensen die betrouwbaar zijn en die het slachtoffer vertrouwt.
4. **Verdeel de taken.** Laat ieder kiezen wat bij hem of haar past. De een is goed in regelen, de ander in luisteren.
5. **Kies een coördinator.** Eén persoon houdt het overzicht en is het aanspreekpunt. Dat hoeft niet de naaste te zijn die het zwaarst belast is.

## Afspraken die helpen

- **Privacy.** Spreek af wat wel en niet gedeeld wordt, ook binnen de groep. Wat het slachtoffer in vertrouwen vertelt, blijft bij de persoon aan wie het verteld is.
- **Een gedeeld overzicht.** Een gedeelde agenda of een appgroep zonder het slachtoffer erin helpt om te zien wie wanneer langsgaat.
- **Geen druk.** Niemand hoeft meer te doen dan hij kan. Wie minder tijd heeft, kan bijvoorbeeld een kaartje sturen.
- **Evalueer.** Kom na een paar weken samen (of bel even) om te kijken wat goed gaat en wat anders moet.

## Op de lange termijn

De meeste steun komt in de eerste weken. Daarna wordt het stiller, terwijl het slachtoffer vaak nog lang steun nodig \
heeft. Een steungroep kan juist dan het verschil maken: spreek af wie na een maand, na drie maanden en rond belangrijke \
data, zoals een rechtszaak, contact opneemt.

## Hulpmiddel

Met de tool [Start een steungroep](/tools/start-een-steungroep/) maakt u in zeven korte stappen een plan: wie u vraagt, \
wie wat doet, hoe vaak, en wat u doet als het iemand te veel wordt. Dat plan kunt u printen. Heeft u vragen over wat een \
slachtoffer nodig heeft, bel dan Slachtofferhulp Nederland (0900-0101).`,
  },
  {
    title: 'Omgaan met de veranderde relatie',
    slug: 'omgaan-met-de-veranderde-relatie',
    site: 'helpers',
    section: 'goed-voor-uzelf-zorgen',
    order: 5,
    summary:
      'Na een ingrijpende gebeurtenis verandert de relatie met het slachtoffer vaak. Hoe gaat u daarmee om, als partner, ouder of vriend?',
    body: `Een misdrijf of ongeval verandert niet alleen het leven van het slachtoffer, maar ook de relatie met de mensen om hem \
of haar heen. Uw partner is misschien angstiger of afweziger. Uw vriendin belt ineens elke dag, of juist helemaal niet \
meer. Dat kan verwarrend en pijnlijk zijn.

## Hoe relaties veranderen

Veel helpers herkennen een of meer van deze veranderingen:

- **De rolverdeling verschuift.** U neemt taken over die de ander eerst deed: de administratie, de kinderen, de boodschappen. Van gelijkwaardige partners wordt u verzorger en patiënt.
- **Het slachtoffer trekt zich terug.** Iemand wil minder afspreken, minder aangeraakt worden of minder praten.
- **Er is meer spanning.** Het slachtoffer is sneller boos, en die boosheid komt vaak terecht bij de mensen die het dichtstbij staan.
- **De intimiteit verandert.** Vooral na seksueel geweld kan lichamelijk contact lange tijd moeilijk zijn.
- **U mist de persoon van vroeger.** Dat gevoel van verlies mag er zijn. Het betekent niet dat u minder om de ander geeft.

## Wat u kunt doen

- **Benoem wat u ziet, zonder verwijt.** "Ik merk dat we minder samen doen. Hoe is dat voor jou?"
- **Vraag wat de ander nodig heeft,** en vertel wat u zelf nodig heeft. Beide zijn belangrijk.
- **Neem boosheid niet persoonlijk,** maar accepteer ook niet alles. U mag zeggen dat iets u pijn doet.
- **Houd gewone momenten vast.** Samen eten, een film kijken of een wandeling: momenten waarop het even niet over de gebeurtenis gaat.
- **Geef het tijd.** Veel relaties vinden na verloop van tijd een nieuw evenwicht. Soms worden ze zelfs hechter.

## Als u als ouder helpt

Ouders van een (volwassen) kind dat slachtoffer is, voelen zich vaak zelf ook slachtoffer. U wilt uw kind beschermen, \
maar uw kind wil misschien juist zelfstandig blijven. Vraag wat uw kind van u wil, en respecteer ook als dat minder is \
dan u zou willen geven.

## Hulp voor u samen

Lopen de spanningen hoog op, of voelt u zich alleen in de relatie? Praat erover met iemand die u vertrouwt, of met uw \
huisarts. Slachtofferhulp Nederland (0900-0101) kan adviseren, ook aan partners en familie. Is er thuis sprake van \
geweld of dreiging, van wie dan ook? Bel dan Veilig Thuis (0800-2000), dag en nacht, of bij acuut gevaar 112.`,
  },
]

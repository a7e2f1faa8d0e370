/** Lessons of the in-depth module "Verdiepende module strafproces" (about 45 minutes). */
export const strafprocesLessons: { title: string; body: string }[] = [
  {
    title: 'Van aangifte tot vervolgingsbeslissing',
    body: `Zorgprofessionals weten vaak weinig van het strafproces, terwijl het veel emoties oproept bij hun cliënten. In deze \
module leert u de belangrijkste stappen en momenten waarop uw cliënt steun nodig kan hebben.

## De aangifte

Het strafproces begint meestal met een aangifte bij de politie. Het slachtoffer krijgt een kopie en mag iemand meenemen. \
Bij zedenzaken volgt eerst een informatief gesprek, met daarna bedenktijd. Bij de aangifte vraagt de politie of de \
gegevens aan Slachtofferhulp Nederland mogen worden doorgegeven.

## Het opsporingsonderzoek

De politie verzamelt bewijs: verklaringen van getuigen, sporen, camerabeelden, berichten. Dat kan weken tot maanden duren. Voor slachtoffers is dit vaak een zware periode van wachten en onzekerheid.

## De beslissing van het Openbaar Ministerie

De officier van justitie beslist wat er met de zaak gebeurt:

- **Vervolgen via de rechter**: de verdachte krijgt een dagvaarding en de zaak komt op zitting.
- **Strafbeschikking**: bij eenvoudige zaken legt het OM zelf een straf op, zoals een taakstraf of boete. Ook een schadevergoedingsmaatregel is mogelijk.
- **Seponeren**: de zaak wordt niet vervolgd, bijvoorbeeld door gebrek aan bewijs.

## Als de zaak niet wordt vervolgd

Het slachtoffer kan beklag doen bij het gerechtshof tegen de beslissing om niet te vervolgen (de artikel 12-procedure). \
Dat moet binnen drie maanden nadat het slachtoffer van de beslissing hoorde. Een sepot voelt voor veel slachtoffers als \
niet geloofd worden. Leg uit dat een sepot niet betekent dat het niet is gebeurd, maar dat er onvoldoende bewijs of \
andere redenen zijn.

## Wat u kunt doen

- Vraag uw cliënt waar hij staat in het proces.
- Wees alert op momenten van spanning, zoals een verhoor of een brief van het OM.
- Verwijs voor uitleg en begeleiding naar Slachtofferhulp Nederland.`,
  },
  {
    title: 'De zitting en het spreekrecht',
    body: `Komt de zaak bij de rechter, dan volgt een zitting. Voor veel slachtoffers is dat een spannend moment: ze zien de verdachte terug en horen wat er over hen wordt gezegd.

## Wie er op de zitting zijn

- **De rechter** of meervoudige kamer: leidt de zitting en doet uitspraak.
- **De officier van justitie**: vertegenwoordigt het OM en eist een straf.
- **De verdachte** en diens advocaat.
- **Het slachtoffer**, eventueel met een advocaat of een medewerker van Slachtofferhulp Nederland.

## Rechten van het slachtoffer

- **Informatie**: het slachtoffer hoort wanneer de zitting is en wat de uitspraak is.
- **Inzage in het dossier**: het slachtoffer kan vragen om relevante stukken in te zien.
- **Bijstand van een advocaat**: slachtoffers van ernstige gewelds- en zedenmisdrijven krijgen gratis een gespecialiseerde advocaat.
- **Spreekrecht**: bij ernstige misdrijven mag het slachtoffer, of bij overlijden een nabestaande, op de zitting \
vertellen wat het misdrijf met hem of haar heeft gedaan en zich ook uitspreken over de straf.
- **Schriftelijke slachtofferverklaring**: voor wie niet wil of kan spreken.

## Voorbereiden op de zitting

- Bezoek vooraf de rechtbank of bekijk de zittingszaal, als dat kan.
- Vraag of er een aparte wachtruimte is, zodat het slachtoffer de verdachte niet hoeft tegen te komen.
- Schrijf de spreekrechtverklaring ruim van tevoren. Slachtofferhulp Nederland helpt daarbij.

## Na de zitting

De uitspraak valt soms direct, meestal na twee weken. Een straf die lager is dan verwacht, kan voelen als niet erkend worden. Plan als professional een contactmoment in na de uitspraak.`,
  },
  {
    title: 'Schadevergoeding',
    body: `Slachtoffers lijden vaak schade: materiële schade zoals kosten voor medische zorg en inkomensverlies, en immateriële \
schade zoals pijn en verdriet (smartengeld). Er zijn verschillende routes om die schade vergoed te krijgen.

## Voegen in het strafproces

Het slachtoffer kan zich voegen als **benadeelde partij**: het vraagt de rechter in de strafzaak om de dader de schade \
te laten betalen. Dat is goedkoper en eenvoudiger dan een aparte civiele procedure. Het slachtoffer moet de schade wel \
onderbouwen met bonnen, rekeningen en een toelichting. Voegen kan vóór de zitting met het formulier van het OM, en op de \
zitting zelf tot de officier van justitie zijn eis (het requisitoir) heeft uitgesproken.

## De schadevergoedingsmaatregel

Wijst de rechter de vordering toe, dan legt hij vaak ook een **schadevergoedingsmaatregel** op. De Staat int het bedrag \
dan bij de dader via het CJIB. Het slachtoffer hoeft zelf niet achter de dader aan.

## De voorschotregeling

Heeft de dader acht maanden nadat de uitspraak definitief is geworden nog niet betaald, dan keert de Staat een voorschot \
uit. Bij gewelds- en zedenmisdrijven is dat het volledige bedrag; bij andere misdrijven geldt een maximum.

## Het Schadefonds Geweldsmisdrijven

Heeft iemand ernstig lichamelijk of psychisch letsel door een opzettelijk geweldsmisdrijf, dan kan hij een \
tegemoetkoming aanvragen bij het Schadefonds, ook als de dader onbekend is of niet wordt veroordeeld. Dat kan tot tien \
jaar na het misdrijf. Ook nabestaanden kunnen een aanvraag doen, tot tien jaar na het overlijden.

## Andere routes

- Een eigen verzekering, zoals een reis-, inboedel- of rechtsbijstandsverzekering.
- Een civiele procedure tegen de dader.
- Bij een verkeersongeval: de verzekeraar van de veroorzaker.

## Wat u kunt doen

Adviseer uw cliënt om alle bonnen en rekeningen te bewaren en verwijs voor hulp bij het onderbouwen van de schade naar Slachtofferhulp Nederland.`,
  },
  {
    title: 'Na de uitspraak',
    body: `Met de uitspraak is het strafproces voor het slachtoffer niet altijd voorbij. Ook de uitvoering van de straf kan vragen en emoties oproepen.

## Informatie over de dader

Slachtoffers kunnen vragen om geïnformeerd te worden over de tenuitvoerlegging van de straf, zoals:

- het moment waarop de dader vrijkomt;
- verlof of voorwaardelijke invrijheidstelling;
- een ontsnapping.

Het CJIB informeert slachtoffers hierover en vraagt naar hun behoefte aan bescherming, bijvoorbeeld vóór een beslissing over voorwaardelijke invrijheidstelling.

## Bescherming

Aan een straf of vrijlating kunnen voorwaarden verbonden zijn, zoals een **contactverbod** of een **gebiedsverbod**. \
Houdt de dader zich daar niet aan, dan kan het slachtoffer dat melden bij de politie.

## Het overzicht houden

Op mijnslachtofferzaak.nl ziet het slachtoffer met DigiD de voortgang van de zaak bij politie, OM, Slachtofferhulp Nederland, Schadefonds Geweldsmisdrijven en CJIB.

## Emoties na het proces

- Een veroordeling geeft erkenning, maar het verdriet of de angst is daarmee niet weg.
- Een vrijspraak of lage straf kan voelen als een tweede klap.
- Het moment dat de dader vrijkomt, kan oude angsten terugbrengen.

Let op deze momenten en vraag uw cliënt hoe het gaat. Blijven klachten bestaan, verwijs dan naar de huisarts voor beoordeling van traumabehandeling.

## Herstelrecht

Sommige slachtoffers willen een gesprek met de dader, bijvoorbeeld om vragen te stellen. Dat kan via bemiddeling door Perspectief Herstelbemiddeling. Deelname is altijd vrijwillig.

## Afronding

U kent nu de route van aangifte tot na de uitspraak. Bij vragen over een concrete cliënt kunt u altijd de advieslijn voor professionals bellen.`,
  },
]

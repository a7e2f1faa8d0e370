import type { SeedStappenplan } from '../types'

/** Postvention at school; follows the common guidance of 113 Zelfmoordpreventie for schools. */
export const nazorgBijSuicideOpSchool: SeedStappenplan = {
  title: 'Nazorg bij suïcide op school',
  slug: 'nazorg-bij-suicide-op-school',
  site: 'professionals',
  summary: 'Wat de school doet voor, tijdens en na het overlijden van een leerling of medewerker door zelfdoding.',
  situation: 'Een leerling of medewerker van uw school is overleden door zelfdoding.',
  sectors: ['onderwijs'],
  intro: `Het overlijden van een leerling of collega door zelfdoding schokt de hele school. Goede nazorg helpt leerlingen en \
personeel bij hun verdriet en is tegelijk preventie: na een zelfdoding lopen kwetsbare leerlingen een verhoogd risico. \
Berichtgeving met details over de methode of een romantisch beeld van de dood kan tot navolging leiden (het \
Werther-effect). Verhalen over hoe iemand een crisis te boven kwam, werken juist beschermend.

Dit stappenplan sluit aan bij de handreikingen van **113 Zelfmoordpreventie** voor scholen. Twijfelt u over een stap, \
bel dan 113 (0800-0113) of de advieslijn van Slachtofferhulp Nederland (0900-0101).`,
  phases: [
    {
      phase: 'preventief',
      intro: 'Regel dit voordat het nodig is.',
      steps: [
        {
          title: 'Stel een crisisteam samen',
          action:
            'Leg in het calamiteitenprotocol vast wie in het crisisteam zitten (schoolleider, zorgcoördinator, ' +
            'vertrouwenspersoon, woordvoerder) en hoe zij ook buiten schooltijd bereikbaar zijn.',
          who: 'Schoolleiding',
        },
        {
          title: 'Neem suïcidepreventie op in het veiligheidsbeleid',
          action:
            'Beschrijf welke signalen aandacht vragen en wat de route is: gesprek, ouders, huisarts of jeugdarts, en bij acuut gevaar 113 of 112.',
          who: 'Zorgcoördinator',
        },
        {
          title: 'Train mentoren in het gesprek',
          action:
            'Laat mentoren en zorgmedewerkers een training volgen om suïcidale signalen te herkennen en er direct naar te vragen. Vragen naar suïcidale gedachten vergroot het risico niet.',
          who: 'Schoolleiding',
        },
        {
          title: 'Bereid de communicatie voor',
          action: 'Maak vooraf sjablonen voor een bericht aan personeel, leerlingen en ouders, en leg vast wie de pers te woord staat.',
          who: 'Woordvoerder',
        },
        {
          title: 'Breng het netwerk in kaart',
          action:
            'Zet contactgegevens klaar van de jeugdgezondheidszorg, huisartsen, ggz, 113 Zelfmoordpreventie en Slachtofferhulp Nederland.',
          who: 'Zorgcoördinator',
        },
      ],
    },
    {
      phase: 'acute-fase',
      intro: 'De eerste dagen na het bericht.',
      steps: [
        {
          title: 'Controleer de feiten en neem contact op met de familie',
          action:
            'Verifieer het bericht bij de familie of de politie. Condoleer de familie en vraag toestemming voor ' +
            'wat de school mag delen, ook over de doodsoorzaak, en naar hun wensen rond het afscheid.',
          who: 'Schoolleiding',
        },
        {
          title: 'Roep het crisisteam bijeen',
          action: 'Maak een draaiboek voor de eerste dagen: wie informeert wie, waar kunnen leerlingen terecht, welke lessen gaan door.',
          who: 'Crisisteam',
        },
        {
          title: 'Informeer eerst personeel, dan leerlingen en ouders',
          action:
            'Vertel het eerst aan het personeel. Laat mentoren het daarna in de eigen klas vertellen met ' +
            'dezelfde, met de familie afgestemde tekst. Stuur ouders dezelfde dag een brief met informatie over ' +
            'reacties en hulp.',
          who: 'Schoolleiding en mentoren',
        },
        {
          title: 'Voorkom imitatie',
          action:
            'Noem geen details over de methode of de plaats, en presenteer zelfdoding niet als oplossing of heldendaad. Noem in elk bericht 113 en 0800-0113 en houd sociale media in de gaten.',
          who: 'Alle medewerkers',
        },
        {
          title: 'Breng kwetsbare leerlingen in kaart',
          action:
            'Spreek individueel met vrienden, broers en zussen, klasgenoten, leerlingen die de overledene online ' +
            'spraken en leerlingen met eigen suïcidale gedachten of een recent verlies. Informeer bij zorgen de ' +
            'ouders en verwijs door.',
          who: 'Zorgcoördinator',
        },
        {
          title: 'Richt één aanspreekpunt voor de pers in',
          action:
            'Alleen de woordvoerder staat de pers te woord, feitelijk en zonder details over de doodsoorzaak. Andere medewerkers en leerlingen verwijzen journalisten door.',
          who: 'Woordvoerder',
        },
      ],
    },
    {
      phase: 'nafase',
      intro: 'De weken en maanden daarna.',
      steps: [
        {
          title: 'Organiseer afscheid en herdenking',
          action:
            'Stem het afscheid en de herdenking af met de familie. Houd het sober en vergelijkbaar met andere ' +
            'sterfgevallen; een tijdelijke herdenkplek van enkele weken past, een blijvend monument niet.',
          who: 'Schoolleiding',
        },
        {
          title: 'Volg kwetsbare leerlingen',
          action:
            'Houd in de weken na het overlijden contact met de leerlingen die in beeld zijn. Verwijs bij ' +
            'aanhoudende klachten, terugtrekken of uitspraken over de dood door naar de huisarts of jeugdarts.',
          who: 'Mentor en zorgcoördinator',
        },
        {
          title: 'Evalueer na zes weken',
          action:
            'Bespreek met het crisisteam hoe het gaat met leerlingen en personeel, wie nog extra aandacht nodig heeft en wat er in het protocol moet veranderen.',
          who: 'Crisisteam',
        },
        {
          title: 'Sta stil bij bijzondere momenten',
          action:
            'Besteed aandacht aan de verjaardag van de overledene, de sterfdag, de diploma-uitreiking en de klassenfoto. Neem rond de sterfdag contact op met de familie.',
          who: 'Mentor',
        },
        {
          title: 'Zorg voor het personeel',
          action:
            'Bied mentoren en docenten gelegenheid om te praten, intervisie en zo nodig een gesprek met de bedrijfsarts. Wie anderen opvangt, heeft zelf ook opvang nodig.',
          who: 'Schoolleiding',
        },
      ],
    },
  ],
}

import type { SeedStappenplan } from '../types'

/** Aftercare at work; follows the Dutch guideline on early psychosocial care (no mandatory debriefing). */
export const incidentOpDeWerkvloer: SeedStappenplan = {
  title: 'Incident op de werkvloer',
  slug: 'incident-op-de-werkvloer',
  site: 'professionals',
  summary: 'Wat leidinggevende, HR en bedrijfsarts doen voor en na agressie, een overval of een ander schokkend incident op het werk.',
  situation: 'Een medewerker is op het werk slachtoffer geworden van agressie, een overval, intimidatie of een ander schokkend incident.',
  sectors: ['hr', 'zorg'],
  intro: `Werkgevers moeten volgens de Arbowet beleid voeren tegen psychosociale arbeidsbelasting, waaronder agressie en geweld \
en ongewenst gedrag. Dit stappenplan vertaalt die zorgplicht naar concrete acties, van preventie tot nazorg.

De kern van goede opvang: persoonlijke aandacht, praktische steun en informatie, en alert blijven op wie na enkele weken \
nog klachten heeft. Een verplichte groepsdebriefing direct na het incident wordt afgeraden. Medewerkers kunnen zelf \
gratis terecht bij **Slachtofferhulp Nederland** (0900-0101).`,
  phases: [
    {
      phase: 'preventief',
      steps: [
        {
          title: "Neem de risico's op in de RI&E",
          action:
            'Breng in de risico-inventarisatie en -evaluatie in kaart waar medewerkers agressie, overvallen of ongewenst gedrag kunnen meemaken, en neem maatregelen op in het plan van aanpak.',
          who: 'Werkgever en HR',
        },
        {
          title: 'Leg een opvangprocedure vast',
          action:
            'Beschrijf wie na een incident opvangt, wie de medewerker naar huis brengt, wanneer de vervolggesprekken zijn en wanneer de bedrijfsarts in beeld komt.',
          who: 'HR',
        },
        {
          title: 'Stel een bedrijfsopvangteam in',
          action: "Laat collega's trainen in collegiale opvang, zodat er bij een incident altijd iemand is die weet wat te doen.",
          who: 'HR',
        },
        {
          title: 'Regel vertrouwenspersoon en klachtenregeling',
          action:
            'Zorg voor een vertrouwenspersoon ongewenste omgangsvormen en een klachtenregeling, en maak beide bekend bij alle medewerkers.',
          who: 'HR',
        },
        {
          title: 'Maak afspraken over aangifte',
          action:
            'Spreek af dat medewerkers aangifte kunnen doen met het adres van het werk, dat een leidinggevende meegaat en dat de organisatie de schade op de dader verhaalt.',
          who: 'Werkgever en HR',
        },
      ],
    },
    {
      phase: 'acute-fase',
      steps: [
        {
          title: 'Zorg voor veiligheid en medische hulp',
          action: 'Bel 112 bij gevaar of letsel. Breng de medewerker naar een rustige plek en laat hem of haar niet alleen.',
          who: 'Leidinggevende',
        },
        {
          title: 'Geef persoonlijke aandacht',
          action:
            'Spreek de medewerker dezelfde dag persoonlijk, bied praktische hulp en zorg dat hij of zij veilig thuiskomt, bij voorkeur met iemand erbij.',
          who: 'Leidinggevende',
        },
        {
          title: 'Informeer over normale reacties en hulp',
          action:
            'Leg uit dat schrikken, slecht slapen en steeds terugdenken normale reacties zijn, en geef het nummer van Slachtofferhulp Nederland (0900-0101) mee.',
          who: 'Bedrijfsopvangteam',
        },
        {
          title: 'Leg vast en meld',
          action:
            'Leg het incident feitelijk vast. Meld een arbeidsongeval met ernstig letsel of dodelijke afloop direct bij de Nederlandse Arbeidsinspectie.',
          who: 'HR',
        },
        {
          title: 'Ondersteun bij de aangifte',
          action:
            'Bied aan om mee te gaan naar de aangifte en zorg dat het adres van het werk wordt opgegeven. Bij ' +
            'agressie tegen werknemers met een publieke taak geven politie en OM de zaak voorrang.',
          who: 'Leidinggevende',
        },
        {
          title: "Informeer collega's",
          action:
            "Vertel collega's feitelijk wat er is gebeurd, zonder details die de privacy van de medewerker schaden, en vraag ook hoe het met hen gaat.",
          who: 'Leidinggevende',
        },
      ],
    },
    {
      phase: 'nafase',
      steps: [
        {
          title: 'Houd contact',
          action:
            'Bel of spreek de medewerker in de eerste weken regelmatig, ook als hij of zij verzuimt. Vraag wat helpt bij de terugkeer, zoals een andere werkplek of aangepaste diensten.',
          who: 'Leidinggevende',
        },
        {
          title: 'Voer een vervolggesprek na vier tot zes weken',
          action:
            'Vraag naar slaap, herbelevingen, schrikreacties en vermijding. Zijn de klachten niet afgenomen, verwijs dan naar de bedrijfsarts voor beoordeling en zo nodig traumabehandeling.',
          who: 'Leidinggevende en bedrijfsarts',
        },
        {
          title: 'Ondersteun rond het strafproces',
          action:
            'Geef verlof voor de zitting en het gesprek met politie of OM, en wijs op Slachtofferhulp Nederland voor hulp bij spreekrecht en schadevergoeding.',
          who: 'HR',
        },
        {
          title: 'Verhaal de schade',
          action:
            'In het strafproces kan de organisatie alleen schade vorderen die zij rechtstreeks door het strafbare ' +
            'feit leed, zoals vernielde spullen (art. 51f Sv). Doorbetaald loon valt daar meestal niet onder; ' +
            'laat u adviseren over andere wegen.',
          who: 'HR',
        },
        {
          title: 'Evalueer en neem maatregelen',
          action:
            'Bespreek met betrokkenen en de preventiemedewerker wat het incident leert, en pas de RI&E, de werkplek of de procedures aan.',
          who: 'Werkgever en HR',
        },
      ],
    },
  ],
}

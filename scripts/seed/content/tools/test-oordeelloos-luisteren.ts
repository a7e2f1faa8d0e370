/** Test op oordeelloos luisteren: does the helper's own judgement stay out of the conversation? */
import type { ScoredDefinition, SingleQuestion } from '@vsp/content-models'
import type { SeedTool } from '../types'

const REAGEREN = { label: 'Reageren op wat iemand doormaakt', href: '/iemand-ondersteunen/reageren-op-wat-iemand-doormaakt/' }
const VICTIM_BLAMING = { label: 'Victim blaming voorkomen', href: '/iemand-ondersteunen/victim-blaming-voorkomen/' }
const SCHULD = { label: 'Helpen bij schuld en schaamte', href: '/iemand-ondersteunen/helpen-bij-schuld-en-schaamte/' }
const CURSUS = { label: 'Online cursus: Communiceren met een slachtoffer', href: '/begeleiding-en-cursus/online-cursus/' }

/** A statement about how the helper listens; `judging` statements score when done often. */
function statement(key: string, text: string, attentionPoint: string, judging = true): SingleQuestion {
  const [often, sometimes, never] = judging ? [2, 1, 0] : [0, 1, 2]
  return {
    kind: 'single',
    key,
    dimension: 'oordeel',
    text,
    attentionPoint,
    options: [
      { key: 'vaak', label: 'Vaak', score: often, atRisk: often === 2 },
      { key: 'soms', label: 'Soms', score: sometimes },
      { key: 'zelden', label: 'Zelden of nooit', score: never, atRisk: never === 2 },
    ],
  }
}

export const luistertestDefinition: ScoredDefinition = {
  kind: 'scored',
  dimensions: [
    {
      key: 'oordeel',
      label: 'Luistert u zonder oordeel?',
      description: 'Hoe vaak uw eigen mening, advies of ervaring het luisteren in de weg zit.',
      bands: [
        {
          key: 'oordeel-uit',
          label: 'Uw oordeel staat meestal uit',
          min: 0,
          max: 6,
          advice:
            'U luistert open. U laat de ander vertellen, vraagt door en houdt uw mening en uw advies voor u tot ' +
            'erom gevraagd wordt. Zo voelt de ander zich gehoord en serieus genomen. Blijf dat doen, ook als het ' +
            'verhaal voor de zoveelste keer komt: herhalen hoort bij verwerken.',
          links: [REAGEREN],
        },
        {
          key: 'oordeel-soms-aan',
          label: 'Soms kleurt uw oordeel mee',
          min: 7,
          max: 13,
          advice:
            'U luistert vaak goed, maar soms schuift uw eigen oordeel ertussen: een snel advies, een ' +
            'vergelijking, of een vraag die klinkt als een verwijt. Dat is heel menselijk; u wilt helpen. Probeer ' +
            'eerst te vragen wat de ander nodig heeft, en vat samen wat u hoort voordat u iets vindt.',
          links: [REAGEREN, VICTIM_BLAMING, CURSUS],
        },
        {
          key: 'oordeel-staat-in-de-weg',
          label: 'Uw oordeel zit het luisteren vaak in de weg',
          min: 14,
          max: 20,
          advice:
            'Uw eigen mening en oplossingen krijgen vaak de overhand. Goed bedoeld, maar een slachtoffer kan zich ' +
            'daardoor niet gehoord of zelfs schuldig voelen. Oordeelloos luisteren is te leren. Begin met stiltes ' +
            'laten vallen en doorvragen, en vermijd "waarom"-vragen over wat de ander had kunnen doen. De online ' +
            'cursus laat zien hoe dat in de praktijk gaat.',
          links: [VICTIM_BLAMING, SCHULD, CURSUS, REAGEREN],
        },
      ],
    },
  ],
  questions: [
    statement(
      'waarom-vragen',
      'Ik vraag dingen als "Waarom ging je daar alleen heen?" of "Waarom heb je niets gezegd?"',
      'Vermijd "waarom"-vragen over wat er gebeurde: ze klinken als een verwijt. Vraag liever "Hoe was dat ' + 'voor je?"',
    ),
    statement(
      'ongevraagd-advies',
      'Ik geef advies voordat de ander erom vraagt.',
      'Vraag eerst of de ander advies wil. Vaak is luisteren al genoeg.',
    ),
    statement(
      'invullen',
      'Ik maak zinnen van de ander af of vul het verhaal voor hem of haar in.',
      'Laat de ander het eigen verhaal vertellen, in eigen woorden en in eigen tempo.',
    ),
    statement(
      'vergelijken',
      'Ik vergelijk wat de ander meemaakte met wat ik of iemand anders heeft meegemaakt.',
      'Vergelijken haalt de aandacht weg bij de ander. Blijf bij zijn of haar ervaring.',
    ),
    statement(
      'antwoord-bedenken',
      'Terwijl de ander praat, bedenk ik al wat ik ga zeggen.',
      'Luister tot de ander klaar is voordat u bedenkt wat u zegt. Een stilte is niet erg.',
    ),
    statement(
      'bagatelliseren',
      'Ik zeg dingen als "Het had erger kunnen zijn" of "Probeer het los te laten".',
      'Geruststellen kan voelen als wegwuiven. Erken liever wat er is: "Wat heftig dat je dit is overkomen."',
    ),
    statement(
      'eigen-schuld',
      'Ik denk dat de ander het voor een deel aan zichzelf te danken heeft.',
      'Wat er gebeurde is de schuld van de dader, niet van het slachtoffer. Lees meer over victim blaming.',
    ),
    statement(
      'stilte',
      'Ik laat stiltes vallen en wacht tot de ander verder praat.',
      'Durf stiltes te laten vallen: de ander krijgt zo de ruimte om verder te vertellen.',
      false,
    ),
    statement(
      'samenvatten',
      'Ik vat samen wat ik heb gehoord, om te checken of ik het goed begrijp.',
      'Vat af en toe samen wat u hoort. Zo merkt de ander dat u echt luistert.',
      false,
    ),
    statement(
      'behoefte-vragen',
      'Ik vraag wat de ander nodig heeft, in plaats van zelf in te vullen wat goed voor hem of haar is.',
      'Vraag wat de ander nodig heeft. Het slachtoffer houdt zo de regie.',
      false,
    ),
  ],
}

export const testOordeelloosLuisteren: SeedTool = {
  title: 'Test op oordeelloos luisteren',
  slug: 'test-oordeelloos-luisteren',
  site: 'helpers',
  kind: 'scored',
  summary: 'Ontdek of uw oordeel uit staat als u luistert naar iemand die slachtoffer is geworden.',
  intro:
    'Luisteren zonder oordeel is een van de belangrijkste dingen die u voor een slachtoffer kunt doen, en ' +
    'ook een van de moeilijkste. Lees de tien uitspraken en kies steeds hoe vaak u dat doet. Er zijn geen ' +
    'goede of foute antwoorden: het gaat om wat u herkent. Uw antwoorden blijven op uw eigen apparaat.',
  definition: luistertestDefinition,
}

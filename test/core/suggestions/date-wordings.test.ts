// Date wordings the first runs on unseen articles missed or read in the wrong tense, as
// the suggestions find them and as `npm run check` resolves the attribute they write.
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/core/dates/dates.ts';
import { suggest } from '../../../src/core/suggestions/suggest.ts';
import { seedRegistry } from '../../helpers/seed-fixture.ts';

/** Each date wording of `paragraph` with its EDTF value, checked as the build resolves the draft's attribute. */
function dates(paragraph: string, published: string): [string, string][] {
  const text = `---\ntitle: T\noutlet: O\npublished: ${published}\n---\n\n${paragraph}\n`;
  const s = suggest({
    source: { path: 'content/briefings/b/source.md', text },
    registry: seedRegistry(),
  }).value;
  if (!s) throw new Error('suggest failed');
  return s.dates.map((d) => {
    const checked = resolveDate(d.attribute, published);
    return [d.wording, checked.ok ? checked.date.edtf : `unresolvable: ${d.attribute}`];
  });
}

describe('English date wordings', () => {
  // Published Tuesday 18 March 2025.
  it('reads a year after "into", a span between two months and the end of the month', () => {
    expect(
      dates(
        'Delays would push revenue into 2026. The ward closed 41 times between September and December. The banks want their money by the end of the month.',
        '2025-03-18',
      ),
    ).toEqual([
      ['2026', '2026'],
      ['between September and December', '2024-09/2024-12'],
      ['by the end of the month', '../2025-03'],
    ]);
  });

  it('reads the end or start of a year named by its number: a deadline after "by", else the year', () => {
    expect(
      dates(
        'The mill aims to double its output by the end of 2027. Its old line closed at the end of 2019, and the new one opened at the start of 2024. La planta cerrará a finales de 2028.',
        '2025-03-18',
      ),
    ).toEqual([
      ['by the end of 2027', '../2027'],
      ['the end of 2019', '2019'],
      ['the start of 2024', '2024'],
      ['finales de 2028', '2028'],
    ]);
  });

  it('reads a deadline after "by" as up to its date, and "at the end of" as the month itself', () => {
    expect(
      dates(
        'The regulator must publish its findings by the end of May. Harvesting will stop at the end of April. The lender wants an answer by Thursday.',
        '2025-03-18',
      ),
    ).toEqual([
      ['by the end of May', '../2025-05'],
      ['the end of April', '2025-04'],
      ['by Thursday', '../2025-03-20'],
    ]);
    // "by" before a possessive names who did it: the day itself.
    expect(dates('Two roofs were torn off by Sunday’s storm.', '2025-03-18')).toEqual([
      ['by Sunday', '2025-03-16'],
    ]);
  });

  it('reads "starting Friday" forward whatever the reporting verb after it says', () => {
    expect(
      dates(
        'The ward will close overnight for at least six weeks starting Friday, the authority said Tuesday.',
        '2025-03-18',
      ),
    ).toEqual([
      ['starting Friday', '2025-03-21/..'],
      ['Tuesday', '2025-03-18'],
    ]);
  });

  it('reads the present progressive as a plan, and "were" as the past', () => {
    expect(dates('“We are not leaving on Friday,” she said.', '2025-03-18')).toEqual([
      ['on Friday', '2025-03-21'],
    ]);
    expect(dates('Shares were trading lower on Friday.', '2025-03-18')).toEqual([
      ['on Friday', '2025-03-14'],
    ]);
  });

  it('offers no date for a length of time or a weekend with nothing to say which', () => {
    expect(
      dates(
        'Some nurses have not had a weekend off in months. The strike lasted 24 hours.',
        '2025-03-18',
      ),
    ).toEqual([]);
  });
});

describe('Spanish date wordings', () => {
  // Published Monday 3 March 2025.
  it('reads "desde el <día>" as an open interval, in the tense of its sentence', () => {
    expect(
      dates(
        'Las faenas están paralizadas desde el sábado. Los camiones no se moverán desde el jueves.',
        '2025-03-03',
      ),
    ).toEqual([
      ['desde el sábado', '2025-03-01/..'],
      ['desde el jueves', '2025-03-06/..'],
    ]);
  });

  it('reads "hasta el <fecha>" as an interval that ends then, and "a finales de mes"', () => {
    expect(
      dates(
        'El recorte estará vigente hasta el 30 de septiembre de 2026. Cortarán la autovía a finales de mes.',
        '2025-03-03',
      ),
    ).toEqual([
      ['hasta el 30 de septiembre de 2026', '../2026-09-30'],
      ['finales de mes', '2025-03'],
    ]);
  });

  it('reads a date after what a verb convenes as that event’s, and a strike “de 24 horas” as no date', () => {
    expect(
      dates(
        'El ministerio convocó a los transportadores a una reunión el miércoles. La confederación convocó un paro de 24 horas.',
        '2025-03-03',
      ),
    ).toEqual([['miércoles', '2025-03-05']]);
    expect(dates('El sindicato convocó el lunes una huelga.', '2025-03-05')).toEqual([
      ['lunes', '2025-03-03'],
    ]);
  });
});

describe('dates in wire copy: intervals, habits and date words that are not dates', () => {
  // Published Tuesday 10 June 2025.
  const published = '2025-06-10';

  it('drafts "before X" and "antes del X" as the interval that ends at X, forward by default', () => {
    expect(dates('The cabinet will review the measure before Friday.', published)).toEqual([
      ['before Friday', '../2025-06-13'],
    ]);
    expect(dates('La central volverá a funcionar antes del 15 de enero.', published)).toEqual([
      ['antes del 15 de enero', '../2026-01-15'],
    ]);
  });

  it('drafts "from X" and "a partir de X" as open intervals, forward after a threat', () => {
    expect(dates('Unions have threatened a strike from Monday.', published)).toEqual([
      ['from Monday', '2025-06-16/..'],
    ]);
    expect(dates('Los cortes se aplicarán a partir de enero.', published)).toEqual([
      ['a partir de enero', '2026-01/..'],
    ]);
  });

  it('drafts "antes de que termine el año" and "before the month is out" as intervals ending with this year or month', () => {
    expect(dates('Quieren firmar un acuerdo antes de que termine el año.', published)).toEqual([
      ['antes de que termine el año', '../2025'],
    ]);
    expect(dates('The plant will reopen before the month is out.', published)).toEqual([
      ['before the month is out', '../2025-06'],
    ]);
  });

  it('reads "until"/"hasta" after a verb that moves a date as the new date, not an interval', () => {
    expect(dates('Bruselas propone retrasar hasta 2036 la prohibición.', published)).toEqual([
      ['hasta 2036', '2036'],
    ]);
    expect(dates('The ban will stay until 2036.', published)).toEqual([['until 2036', '../2036']]);
  });

  it('rolls a day without a year forward in a future-tense sentence', () => {
    expect(
      dates('The regulator expects to publish revised terms before Nov. 30.', published),
    ).toEqual([['before Nov. 30', '../2025-11-30']]);
  });

  it('reads "this weekend" as the coming one and "abril del próximo año" as April of next year', () => {
    expect(dates('Crews hope to restore power this weekend.', published)).toEqual([
      ['this weekend', '2025-06-14/2025-06-15'],
    ]);
    expect(dates('Las elecciones serán en abril del próximo año.', published)).toEqual([
      ['abril del próximo año', '2026-04'],
    ]);
  });

  it('offers no date for a habit: "every Monday", "cada sábado", "los lunes", "traditionally in October"', () => {
    expect(dates('The market has opened every Monday and Friday since 2019.', published)).toEqual([
      ['since 2019', '2019/..'],
    ]);
    expect(dates('Las protestas se repiten cada sábado desde agosto.', published)).toEqual([
      ['desde agosto', '2024-08/..'],
    ]);
    expect(
      dates(
        'El mercado, que tradicionalmente abre los lunes y los viernes, cerró el viernes pasado.',
        published,
      ),
    ).toEqual([['el viernes pasado', '2025-06-06']]);
    expect(dates('The auction was traditionally held in October.', published)).toEqual([]);
    expect(dates('Los hoteles suelen llenarse en diciembre, pero este año no.', published)).toEqual(
      [['este año', '2025']],
    );
  });

  it('offers no date for a month or weekday inside a name, nor for an abbreviation standing alone', () => {
    expect(
      dates(
        'The director, June Persaud, spoke in Santo Domingo. "It is late," June Persaud said.',
        published,
      ),
    ).toEqual([]);
    expect(
      dates(
        'La eurodiputada Lucía Mayo habló con Julio Arceo. Mayo ha recordado que la pesca en el mar Caribe cayó.',
        published,
      ),
    ).toEqual([]);
    expect(dates('The vote is in June. In March the proposal was dropped.', published)).toEqual([
      ['June', '2025-06'],
      ['March', '2025-03'],
    ]);
  });

  it('reads a year that names an event, and no date from a length of time spelled out', () => {
    expect(dates('He came second in the 2021 presidential election.', published)).toEqual([
      ['2021', '2021'],
    ]);
    expect(dates('Los cortes durarán un máximo de seis horas diarias.', published)).toEqual([]);
  });
});

describe('dates the unseen part missed on its first run', () => {
  it('reads a holiday, "este fin de semana" and "el pasado enero", and no date for "a Christmas" or "the last minute"', () => {
    expect(
      dates(
        'She said the ministry had started fumigation campaigns before Christmas.',
        '2026-04-07',
      ),
    ).toEqual([['before Christmas', '../2025-12-25']]);
    expect(
      dates('Prevé temperaturas de hasta 35 grados este fin de semana.', '2026-04-03'),
    ).toEqual([['este fin de semana', '2026-04-04/2026-04-05']]);
    expect(dates('Ha capturado a 45 miembros desde el pasado enero.', '2026-03-10')).toEqual([
      ['desde el pasado enero', '2026-01/..'],
    ]);
    expect(dates('"Será una Navidad a oscuras", advirtió.', '2025-12-18')).toEqual([]);
    expect(dates('It would keep talking until the last minute.', '2026-04-02')).toEqual([]);
  });

  it('reads "until"/"hasta" a day without a year as the occurrence nearest the publication', () => {
    expect(
      dates(
        'El Gobierno ha ampliado este viernes hasta el 30 de abril el estado de catástrofe.',
        '2026-04-03',
      ),
    ).toEqual([
      ['este viernes', '2026-04-03'],
      ['hasta el 30 de abril', '../2026-04-30'],
    ]);
    expect(dates('The ceasefire held until April.', '2025-05-12')).toEqual([
      ['until April', '../2025-04'],
    ]);
  });

  it('reads "until" a day in a future-tense sentence as the coming one, however near the last', () => {
    // Published Thursday 12 June 2025: last Monday is nearer, but "would last" looks ahead.
    expect(
      dates('The company said the suspension would last at least until Monday.', '2025-06-12'),
    ).toEqual([['until Monday', '../2025-06-16']]);
  });

  it('takes "plan" for a future cue only in "plans to", and "cada año" for a habit', () => {
    expect(
      dates(
        '"We asked for a plan in November and nobody answered," the college said.',
        '2026-04-07',
      ),
    ).toEqual([['November', '2025-11']]);
    expect(dates('Los agricultores siembran cada año en mayo.', '2026-04-02')).toEqual([]);
  });
});

describe('a date inside a direct quote', () => {
  // Published Wednesday 11 June 2025; the words were said on Monday 9 June.
  const published = '2025-06-11';

  it('counts from the day the words were said when the text gives it', () => {
    expect(
      dates('“We will sign the deal tomorrow,” the minister said on Monday.', published),
    ).toEqual([
      ['tomorrow', '2025-06-10'],
      ['on Monday', '2025-06-09'],
    ]);
    expect(dates('La ministra dijo el lunes: «Firmaremos mañana».', published)).toEqual([
      ['lunes', '2025-06-09'],
      ['mañana', '2025-06-10'],
    ]);
  });

  it('counts from the day the sentence before dates, when that sentence is the same speaker’s', () => {
    expect(
      dates(
        'Senator Laura Quiroga said on Monday that the bill was unconstitutional. “Tomorrow we will file the appeal,” Quiroga told reporters.',
        published,
      ),
    ).toEqual([
      ['on Monday', '2025-06-09'],
      ['Tomorrow', '2025-06-10'],
    ]);
    expect(
      dates(
        'La diputada Elena Soto dijo el lunes que su grupo votaría en contra. «Mañana presentaremos las enmiendas», añadió.',
        published,
      ),
    ).toEqual([
      ['lunes', '2025-06-09'],
      ['Mañana', '2025-06-10'],
    ]);
    // Another speaker's words: the day of the sentence before is not theirs.
    expect(
      dates(
        'Senator Laura Quiroga said on Monday that the bill was unconstitutional. “Tomorrow the schools close,” said Ana Ruiz, a teacher.',
        published,
      ),
    ).toEqual([
      ['on Monday', '2025-06-09'],
      ['Tomorrow', '2025-06-12'],
    ]);
  });

  it('counts from the day "speaking on …" gives, or the day the sentence before names for "ese día"', () => {
    expect(
      dates(
        'Addressing the press in Mombasa on Monday, the port director, Amina Yusuf, had complained about the cranes. “Tomorrow we stop loading,” she said.',
        published,
      ),
    ).toEqual([
      ['on Monday', '2025-06-09'],
      ['Tomorrow', '2025-06-10'],
    ]);
    expect(
      dates(
        'Speaking to reporters in Mombasa on Monday, the port’s doctor, Dr. Amina Yusuf, had complained about the cranes. “Tomorrow we stop loading,” she said.',
        published,
      ),
    ).toEqual([
      ['on Monday', '2025-06-09'],
      ['Tomorrow', '2025-06-10'],
    ]);
    expect(
      dates(
        'El Ayuntamiento aprobó el lunes el presupuesto. «Hoy cerramos un año difícil», dijo ese día la alcaldesa Rosa Vidal.',
        published,
      ),
    ).toEqual([
      ['lunes', '2025-06-09'],
      ['Hoy', '2025-06-09'],
    ]);
  });

  it('counts from the publication when the text does not say when the words were said', () => {
    expect(dates('“We will sign the deal tomorrow,” the minister said.', published)).toEqual([
      ['tomorrow', '2025-06-12'],
    ]);
  });
});

describe('dates the blind part missed on its first run', () => {
  it('reads "until at least", "hasta al menos" and "antes de que acabe <year>" as intervals', () => {
    expect(dates('The shelters would stay open until at least June 15.', '2026-05-19')).toEqual([
      ['until at least June 15', '../2026-06-15'],
    ]);
    expect(dates('Los cortes se mantendrán hasta al menos el 30 de junio.', '2026-05-19')).toEqual([
      ['hasta al menos el 30 de junio', '../2026-06-30'],
    ]);
    expect(dates('Construirán 20.000 viviendas antes de que acabe 2027.', '2026-02-24')).toEqual([
      ['antes de que acabe 2027', '../2027'],
    ]);
  });

  it('reads a date in what is asked for as ahead, whatever the tense of the asking', () => {
    expect(dates('Officials asked residents not to return before Friday.', '2026-05-19')).toEqual([
      ['before Friday', '../2026-05-22'],
    ]);
    expect(
      dates(
        'Los mineros bloquearon las vías para exigir que el Congreso amplíe hasta diciembre el registro.',
        '2026-01-20',
      ),
    ).toEqual([['hasta diciembre', '../2026-12']]);
  });

  it('leaves a habit in a clause after the date to that clause, and reads no date across a full stop', () => {
    expect(
      dates(
        'The cuts would last until the end of March, when the rains usually arrive.',
        '2026-01-22',
      ),
    ).toEqual([['until the end of March', '../2026-03']]);
    expect(
      dates('Nigerians traditionally travel home in December, when fares double.', '2026-01-22'),
    ).toEqual([]);
    expect(
      dates('We pick in the rain and in the sun. Now they want to pay us less.', '2026-03-11'),
    ).toEqual([]);
  });

  it('reads "entre septiembre y diciembre" in the past as the September before that December', () => {
    expect(dates('Ecuador sufrió apagones entre septiembre y diciembre.', '2026-10-19')).toEqual([
      ['entre septiembre y diciembre', '2025-09/2025-12'],
    ]);
  });
});

describe('the direction of a date without a year, beyond the nearest verb', () => {
  // Published Wednesday 8 October 2025.
  it('reads a month or day named as the time of an event ("January\'s election") as the nearest one, unless a verb right before it says', () => {
    expect(
      dates(
        "The charges were brought to keep her off the ballot in January's election. Officials met on Friday to prepare for November's summit. Prices rose in February's cold snap.",
        '2025-10-08',
      ),
    ).toEqual([
      ['January', '2026-01'],
      ['on Friday', '2025-10-03'],
      ['November', '2025-11'],
      ['February', '2025-02'],
    ]);
  });

  it('reads "ahead of", "de cara a" and a present that schedules ("resumes Monday", "entra en vigor") forward', () => {
    expect(
      dates(
        "The party, which lost badly, campaigned ahead of March's vote. The court said the hearing resumes Monday. The tax takes effect on Jan. 1 and the vote is on Thursday.",
        '2025-10-08',
      ),
    ).toEqual([
      ['March', '2026-03'],
      ['Monday', '2025-10-13'],
      ['Jan. 1', '2026-01-01'],
      ['on Thursday', '2025-10-09'],
    ]);
    expect(
      dates(
        'La reforma, que fue aprobada por el Senado, entra en vigor el 1 de enero. Los partidos se reunieron de cara a las elecciones de marzo.',
        '2025-10-08',
      ),
    ).toEqual([
      ['1 de enero', '2026-01-01'],
      ['marzo', '2026-03'],
    ]);
  });

  it('reads weekends before and after, and "anoche", "ayer" opening a sentence', () => {
    expect(
      dates(
        'La huelga empezó el fin de semana pasado y seguirá el próximo fin de semana. Ayer, el ministro habló. Anoche, la policía detuvo a tres.',
        '2025-03-05',
      ),
    ).toEqual([
      ['el fin de semana pasado', '2025-03-01/2025-03-02'],
      ['el próximo fin de semana', '2025-03-08/2025-03-09'],
      ['Ayer', '2025-03-04'],
      ['Anoche', '2025-03-04'],
    ]);
    expect(dates('Protesters marched last weekend and return next weekend.', '2025-03-08')).toEqual(
      [
        ['last weekend', '2025-03-01/2025-03-02'],
        ['next weekend', '2025-03-15/2025-03-16'],
      ],
    );
  });

  it('reads "el próximo martes" said on a Monday as the Tuesday of the week after', () => {
    expect(
      dates(
        'El senador pidió su comparecencia el próximo martes y el próximo jueves.',
        '2025-03-03',
      ),
    ).toEqual([
      ['el próximo martes', '2025-03-11'],
      ['el próximo jueves', '2025-03-06'],
    ]);
  });
});

describe('intervals and habits, in other words', () => {
  it('reads a capitalised "Since", "From", "Until", "Desde", "Hasta", "A partir de" opening a sentence, and "through"', () => {
    expect(
      dates(
        'Since 2019, prices have doubled. From January, fares will rise. Until Friday, the bridge stays shut. The ban runs through Dec. 31.',
        '2025-10-08',
      ),
    ).toEqual([
      ['Since 2019', '2019/..'],
      ['From January', '2026-01/..'],
      ['Until Friday', '../2025-10-10'],
      ['through Dec. 31', '../2025-12-31'],
    ]);
    expect(
      dates(
        'Desde 2020, el precio se duplicó. Hasta el viernes, el puente sigue cerrado. A partir de marzo, habrá cambios.',
        '2025-10-08',
      ),
    ).toEqual([
      ['Desde 2020', '2020/..'],
      ['Hasta el viernes', '../2025-10-10'],
      ['A partir de marzo', '2026-03/..'],
    ]);
  });

  it('leaves a habit to its own clause before "but" ("usually in August, but this year … September")', () => {
    expect(
      dates(
        'The festival usually takes place in August, but this year it was moved to September.',
        '2025-10-08',
      ),
    ).toEqual([
      ['this year', '2025'],
      ['September', '2025-09'],
    ]);
  });
});

describe('dates relative to an event, and the end of the last or next period', () => {
  it('offers no date for "two days after" or "tres semanas después", and reads "the Oct. 15 deadline" as the nearest Oct. 15', () => {
    expect(
      dates(
        'The ruling came two days after the election on Oct. 5 and a week before the Oct. 15 deadline. Three weeks later, the army withdrew.',
        '2025-10-08',
      ),
    ).toEqual([
      ['Oct. 5', '2025-10-05'],
      ['Oct. 15', '2025-10-15'],
    ]);
    expect(dates('Tres semanas después, el Ejército se retiró.', '2025-10-08')).toEqual([]);
  });

  it('reads "a finales del año pasado", "a principios del próximo mes", "a mediados del mes pasado"', () => {
    expect(
      dates(
        'Las negociaciones fracasaron a finales del año pasado y se reanudarán a principios del próximo mes. A mediados del mes pasado hubo protestas.',
        '2025-10-08',
      ),
    ).toEqual([
      ['finales del año pasado', '2024'],
      ['principios del próximo mes', '2025-11'],
      ['mediados del mes pasado', '2025-09'],
    ]);
  });
});

describe('lengths of time and aims', () => {
  it('offers no date for "por 30 días más" or "for three months", and reads what is sought as ahead', () => {
    expect(
      dates(
        'El Gobierno prorrogó por 30 días más el régimen. El presidente, que busca la reelección en febrero, calló. The curfew will last for three months. She seeks re-election in March.',
        '2025-10-08',
      ),
    ).toEqual([
      ['febrero', '2026-02'],
      ['March', '2026-03'],
    ]);
  });
});

describe('dates the second blind part missed on its first run', () => {
  it('reads a start or an end without a year in a past sentence as the nearest one, "starting in", and "until" a weekday as the coming one', () => {
    expect(
      dates(
        'The chamber said it had offered a raise from January. The bill would cut pensions starting in January. El alcalde anunció que a partir del martes habrá agua. Dijo que enviará tropas a la zona antes del 1 de diciembre y que ya habló con Washington. Las autoridades suspendieron las clases hasta el viernes.',
        '2026-11-23',
      ),
    ).toEqual([
      ['from January', '2027-01/..'],
      ['starting in January', '2027-01/..'],
      ['a partir del martes', '2026-11-24/..'],
      ['antes del 1 de diciembre', '../2026-12-01'],
      ['hasta el viernes', '../2026-11-27'],
    ]);
  });

  it('reads no date for “mañana” after an article and a word of count: the morning', () => {
    expect(
      dates(
        'El alcalde dijo el martes que el muelle no puede atender a diez barcos en una sola mañana. Los dos trenes salieron la misma mañana. «Volvemos mañana», añadió.',
        '2026-04-14',
      ),
    ).toEqual([
      ['martes', '2026-04-14'],
      ['mañana', '2026-04-15'],
    ]);
  });

  it('reads a date after a convened event ("ha convocado una concentración el sábado") ahead, "the plan to lawmakers in March" as past, and no date for "la mañana" or "after a week"', () => {
    expect(
      dates(
        'La plataforma ha convocado una concentración el sábado. El primer tren de la mañana no llega, según el reporte publicado la mañana de este lunes. The minister presented the plan to lawmakers in March. Talks resumed after a week.',
        '2026-04-14',
      ),
    ).toEqual([
      ['sábado', '2026-04-18'],
      ['este lunes', '2026-04-13'],
      ['March', '2026-03'],
    ]);
  });
});

describe('a habit in a relative clause', () => {
  it('belongs to that clause, not to the date of the main one', () => {
    expect(
      dates(
        'La zafra, que tradicionalmente arranca en noviembre, se retrasará y comenzará en enero.',
        '2026-10-30',
      ),
    ).toEqual([['enero', '2027-01']]);
  });
});

describe('a season that recurs, with no word of habit', () => {
  it('is no date: months with no year in a present-tense sentence before a present "when"/"cuando" clause', () => {
    expect(
      dates(
        'Fishing boats crowd the bay, and most of the catch is landed between May and August, when the sardines come close to shore.',
        '2026-03-10',
      ),
    ).toEqual([]);
    expect(
      dates(
        'La mayoría de los jornaleros llegan en marzo, cuando se abre la temporada de la fresa.',
        '2026-03-10',
      ),
    ).toEqual([]);
  });

  it('is still a date when a verb says past or future, or a singular present schedules it', () => {
    expect(
      dates(
        'The plant closes in March, when the contract ends. Prices rose in March, when the drought hit. The ministry will review the quotas in June, when the survey is published.',
        '2026-03-10',
      ),
    ).toEqual([
      ['March', '2026-03'],
      ['March', '2026-03'],
      ['June', '2026-06'],
    ]);
  });
});

describe('a request further back than the nearest words', () => {
  it('still puts the date it asks for ahead', () => {
    expect(
      dates(
        'La asociación de vecinos ha pedido que se mantenga el servicio nocturno durante las fiestas de enero.',
        '2026-11-12',
      ),
    ).toEqual([['enero', '2027-01']]);
    // What was done, however far the request: in the past.
    expect(
      dates(
        'La asociación ha pedido que se investigue por qué el servicio nocturno se suspendió en enero.',
        '2026-11-12',
      ),
    ).toEqual([['enero', '2026-01']]);
  });
});

describe('a span from one month or year to another', () => {
  it('is one interval, "from … to …" and "de … a …"', () => {
    expect(
      dates(
        'Prices rose from 2019 to 2022. El cupo regirá de enero a marzo de 2027. The ban ran from March to June.',
        '2026-12-18',
      ),
    ).toEqual([
      ['from 2019 to 2022', '2019/2022'],
      ['de enero a marzo de 2027', '2027-01/2027-03'],
      ['from March to June', '2026-03/2026-06'],
    ]);
  });
});

describe('the year’s seasons told in the present, with no word of habit', () => {
  it('are no dates: a span of months with no year, and the other months and holidays of its sentence', () => {
    expect(
      dates(
        'Most of the island’s snow falls between December and March, with a late flurry in May.',
        '2026-06-10',
      ),
    ).toEqual([]);
    expect(
      dates(
        'Retailers in Canada place their Easter and Christmas orders between June and August, and suppliers fear they will lose them.',
        '2026-06-10',
      ),
    ).toEqual([]);
    expect(
      dates(
        'La zafra va de enero a mayo, y en las fincas del norte se alarga hasta junio. La veda se abre en abril y se prolonga hasta agosto.',
        '2026-06-10',
      ),
    ).toEqual([]);
  });

  it('are dates when the clause is past or future, or a year or "this" says which', () => {
    expect(dates('Most of the snow fell between December and March.', '2026-06-10')).toEqual([
      ['between December and March', '2025-12/2026-03'],
    ]);
    expect(
      dates('The ban will run from July to September this year.', '2026-06-10').map((d) => d[0]),
    ).toContain('from July to September');
  });
});

describe('a day that repeats, a street named by a date, and a length of time', () => {
  it('are no dates', () => {
    expect(
      dates(
        'El partido celebra cada 1 de mayo un acto en la capital. La marcha cruzó la avenida 25 de Mayo sin incidentes. "We would go bankrupt within a year," the chamber said.',
        '2026-06-10',
      ),
    ).toEqual([]);
  });
});

describe('a condition in the present, and weekdays listed after "los"', () => {
  it('puts a date in "if …" ahead, and a listed weekday is a habit', () => {
    expect(
      dates('"If the rain holds off until August, we plant again," she said.', '2026-09-04'),
    ).toEqual([['until August', '../2027-08']]);
    expect(dates('"Si no llueve en marzo, perdemos la cosecha", dijo.', '2026-09-04')).toEqual([
      ['marzo', '2027-03'],
    ]);
    expect(
      dates(
        'Los barcos salen de Ceiba los lunes, miércoles y viernes. The market opens on Mondays, Wednesdays and Fridays.',
        '2026-09-04',
      ),
    ).toEqual([]);
    // A condition in the past stays in the past.
    expect(dates('If it rained in March, nobody noticed.', '2026-09-04')).toEqual([
      ['March', '2026-03'],
    ]);
  });
});

describe('a date word inside a longer word', () => {
  it('is no date: "lasts" and "lastly" hold no "last"', () => {
    expect(
      dates(
        'The drought could ruin the harvest if it lasts into autumn. Lastly, the board met.',
        '2026-03-04',
      ),
    ).toEqual([]);
    expect(dates('The ban lasted until last week.', '2026-03-04')).toEqual([
      ['until last week', '../2026-03-01'],
    ]);
  });
});

describe('before the fifth blind part: months in a row, instructions, appointments and days named from today', () => {
  // Published Wednesday 10 September 2025.
  it('reads two months in a row as the span they make, and two months apart as two dates', () => {
    expect(dates('The pensions were paid in full for June and July.', '2025-09-10')).toEqual([
      ['June and July', '2025-06/2025-07'],
    ]);
    expect(dates('Las ayudas llegaron en junio y en agosto.', '2025-09-10')).toEqual([
      ['junio', '2025-06'],
      ['agosto', '2025-08'],
    ]);
  });

  it('reads what someone was told to do as ahead, and what they were told as past', () => {
    expect(dates('The clerk told the farmers to return in August.', '2025-09-10')).toEqual([
      ['August', '2026-08'],
    ]);
    expect(dates('The clerk told the farmers the canal closed in August.', '2025-09-10')).toEqual([
      ['August', '2025-08'],
    ]);
  });

  it('reads a date right after "para" as what is set for it, and a present "termina" as scheduled', () => {
    expect(dates('El sindicato ha fijado la asamblea para el martes.', '2025-09-10')).toEqual([
      ['martes', '2025-09-16'],
    ]);
    expect(dates('El plazo de alegaciones termina el 3 de noviembre.', '2025-09-10')).toEqual([
      ['3 de noviembre', '2025-11-03'],
    ]);
  });

  it('offers "Yesterday" opening a quote, counted from the day the words were said', () => {
    expect(
      dates(
        'The council met on Monday. “Yesterday I phoned the council twice,” Ruth Okafor told the radio station on Monday.',
        '2025-09-10',
      ),
    ).toEqual([
      ['on Monday', '2025-09-08'],
      ['Yesterday', '2025-09-07'],
      ['on Monday', '2025-09-08'],
    ]);
  });
});

describe('before the fifth blind part: weekends, the past subjunctive, seasons and documents', () => {
  // Published Wednesday 10 September 2025.
  it('reads "over the weekend" and "durante el fin de semana" as the weekend the tense points to', () => {
    expect(
      dates(
        'Two hikers went missing over the weekend. La feria abrirá durante el fin de semana.',
        '2025-09-10',
      ),
    ).toEqual([
      ['over the weekend', '2025-09-06/2025-09-07'],
      ['durante el fin de semana', '2025-09-13/2025-09-14'],
    ]);
  });

  it('reads a past subjunctive after "después de que" as past, and "avería" as no conditional', () => {
    expect(
      dates(
        'El puerto seguirá cerrado, después de que una grúa sufriera una avería el lunes.',
        '2025-09-10',
      ),
    ).toEqual([['lunes', '2025-09-08']]);
  });

  it('offers no date for a season that ends "early" or "late" in a month', () => {
    expect(
      dates('The fishing season runs from March to late May, when the river rises.', '2025-09-10'),
    ).toEqual([]);
  });

  it('offers no date for a year that names a document, and keeps a year that dates an event', () => {
    expect(
      dates(
        'Los regantes invocan el convenio de 1996. The accord of 2003 was signed in Lima. The strike ended in 2003.',
        '2025-09-10',
      ),
    ).toEqual([['2003', '2003']]);
  });
});

describe('before the fifth blind part: "hace …" and "el próximo mes de …"', () => {
  // Published Wednesday 10 September 2025.
  it('reads "hace tres días" and "desde hace dos meses", and no date for "hace un año que …"', () => {
    expect(
      dates(
        'Hace tres días cayó la primera helada. Los pozos están secos desde hace dos meses. Hace un año que no llueve.',
        '2025-09-10',
      ),
    ).toEqual([
      ['Hace tres días', '2025-09-07'],
      ['desde hace dos meses', '2025-07/..'],
    ]);
  });

  it('reads "el próximo mes de febrero" and "el pasado mes de mayo" as that month', () => {
    expect(
      dates(
        'La cosecha empezará el próximo mes de febrero. Las lluvias llegaron el pasado mes de mayo.',
        '2025-09-10',
      ),
    ).toEqual([
      ['próximo mes de febrero', '2026-02'],
      ['pasado mes de mayo', '2025-05'],
    ]);
  });
});

describe('before the fifth blind part: a month named with "last" or "next", "mid-", "fin de año"', () => {
  // Published Wednesday 10 September 2025.
  it('reads "since last October", "by mid-July" and "hasta fin de año"', () => {
    expect(
      dates(
        'The depot has been shut since last October. Repairs should be done by mid-July. El cierre seguirá hasta fin de año.',
        '2025-09-10',
      ),
    ).toEqual([
      ['since last October', '2024-10/..'],
      ['by mid-July', '../2026-07'],
      ['hasta fin de año', '../2025'],
    ]);
  });

  it('offers no date for "llegar a fin de mes", making ends meet', () => {
    expect(dates('Con ese sueldo nadie llega a fin de mes.', '2025-09-10')).toEqual([]);
  });
});

describe('before the fifth blind part: spans of days', () => {
  // Published Wednesday 10 September 2025.
  it('reads "Oct. 2-3", "from Sept. 1 to Sept. 5", "del 20 al 22 de octubre" and "3 y 4 de agosto" as intervals', () => {
    expect(
      dates(
        'The fair will run Oct. 2-3. Ferries were cancelled from Sept. 1 to Sept. 5. El congreso se celebrará del 20 al 22 de octubre. Los paros del 3 y 4 de agosto dejaron pérdidas.',
        '2025-09-10',
      ),
    ).toEqual([
      ['Oct. 2-3', '2025-10-02/2025-10-03'],
      ['from Sept. 1 to Sept. 5', '2025-09-01/2025-09-05'],
      ['del 20 al 22 de octubre', '2025-10-20/2025-10-22'],
      ['del 3 y 4 de agosto', '2025-08-03/2025-08-04'],
    ]);
  });
});

describe('before the fifth blind part: a present that schedules a meeting, a hearing or a match', () => {
  // Published Wednesday 10 September 2025.
  it('puts the weekday after it ahead', () => {
    expect(
      dates(
        'Los alcaldes se reúnen el viernes con el ministro. La gobernadora comparece el lunes ante la comisión. The regulator testifies on Tuesday.',
        '2025-09-10',
      ),
    ).toEqual([
      ['viernes', '2025-09-12'],
      ['lunes', '2025-09-15'],
      ['on Tuesday', '2025-09-16'],
    ]);
  });
});

describe('before the fifth blind part: "at the weekend", "this past weekend", "the end of last year"', () => {
  // Published Wednesday 10 September 2025.
  it('reads them as the weekend before and the year before', () => {
    expect(
      dates(
        'Fans queued at the weekend. Two ferries ran aground this past weekend. The mill shut at the end of last year.',
        '2025-09-10',
      ),
    ).toEqual([
      ['at the weekend', '2025-09-06/2025-09-07'],
      ['this past weekend', '2025-09-06/2025-09-07'],
      ['end of last year', '2024'],
    ]);
  });
});

describe('before the fifth blind part: a present that schedules, right after the date', () => {
  // Published Wednesday 10 September 2025.
  it('puts the date ahead', () => {
    expect(
      dates('El 1 de octubre entra en vigor la tasa. On Monday the trial resumes.', '2025-09-10'),
    ).toEqual([
      ['1 de octubre', '2025-10-01'],
      ['On Monday', '2025-09-15'],
    ]);
  });
});

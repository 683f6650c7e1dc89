// Writes N strategy files of about 1 KB each, 20 % of them with findings, to a
// folder; deterministic for a given N, so runs compare like with like.
// Usage: node bench/generate-corpus.js <count> <folder>
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const [count = '10000', folder = 'bench/.corpus/10000'] = process.argv.slice(2);

let seed = 42;
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => Math.round(low + random() * (high - low));

const towns = ['Leipzig', 'Hannover', 'Kassel', 'Bremen', 'Freiburg', 'Erfurt', 'Münster', 'Ulm'];
const trades = ['Bäckerei', 'Kiosk', 'Friseur', 'Tischlerei', 'Weinhandel', 'Fahrradladen'];
const people = ['Anna Keller', 'Jonas Weber', 'Mia Schulz', 'Lukas Brandt', 'Sofia Wolf', 'Paul Richter'];

function strategy(index, defective) {
  const town = pick(towns);
  const trade = pick(trades);
  const baseline = between(20, 400);
  const defect = defective ? Math.floor(index / 5) % 5 : -1;
  return `smplan: 1
company: {name: ${trade} ${pick(people).split(' ')[1]} ${index}, size: micro, country: DE}
language: de
revision: ${between(1, 9)}
status: active
updated: '2027-01-${String(between(10, 28))}'
started: '2027-01-01'
next_review: '2027-0${between(4, 9)}-01'
goals:
  - id: vorbestellungen
    objective: ${defect === 0 ? 'Mehr Reichweite' : 'Stammkunden bestellen per Instagram vor'}${defect === 0 ? '\n    # no deadline yet' : ''}
    type: sales
    business_outcome: Mehr Umsatz am Morgen
    channels: [instagram]
    kpi:
      metric: ${defect === 1 ? '' : 'Vorbestellungen pro Woche'}
      source: Strichliste an der Kasse
      baseline: ${baseline}
      target: ${defect === 2 ? baseline : baseline + between(20, 200)}
${defect === 0 ? '' : `      deadline: '2027-${String(between(6, 12)).padStart(2, '0')}-30'`}
    value_per_unit: ${between(1, 20)}
audiences:
  - name: Pendler in ${town}
    needs: [Frühstück ohne Warten]
    channels: [instagram]
team:
  owner: {name: ${pick(people)}}
  executive_sponsor: {name: ${pick(people)}}
  hours_per_week: ${between(2, 8)}
  hourly_rate: 20
  budget: {amount: ${between(20, 200)}, period: month}
  coordination: Montags kurze Abstimmung
employees:
  involvement: Alle dürfen teilen
  guidelines:
    - {topic: disclosure, rule: Wer postet sagt dazu dass er hier arbeitet.}
    - {topic: confidentiality, rule: Keine Kundendaten.}
    - {topic: spokespeople, rule: Nur die Chefin spricht für die Firma.}
criticism:
  response_time_hours: ${defect === 3 ? 72 : between(2, 24)}
  escalation:
    - {level: 1, who: ${pick(people)}}
    - {level: 2, who: ${pick(people)}}
  scenarios:
    - {type: negative-review, response: Freundlich antworten und Lösung anbieten}
    - {type: troll, response: Nicht füttern}
    - {type: shitstorm, response: Chefin entscheidet binnen 2 Stunden}
${defect === 4 ? 'zielgruppe: vergessen\n' : ''}`;
}

await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
const total = Number(count);
for (let index = 0; index < total; index++) {
  await writeFile(join(folder, `s${String(index).padStart(5, '0')}.smplan.yaml`), strategy(index, index % 5 === 0));
}
console.log(`wrote ${total} strategies to ${folder}`);
